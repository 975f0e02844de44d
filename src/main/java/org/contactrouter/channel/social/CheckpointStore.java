package org.contactrouter.channel.social;

import java.util.Optional;

/** Durable cursors of pollers, so a restart carries on where the last confirmed poll ended. */
public interface CheckpointStore {

    Optional<String> load(String key);

    /** Saves or replaces the cursor under the key. */
    void save(String key, String value);
}
