package org.contactrouter.channel.social;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import javax.sql.DataSource;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@link CheckpointStore} on the {@code channel_checkpoint} table (Flyway V3). Upserts by update-then-insert because
 * H2 does not accept PostgreSQL's {@code ON CONFLICT}.
 */
public class JdbcCheckpointStore implements CheckpointStore {

    private final JdbcClient jdbc;
    private final Clock clock;

    public JdbcCheckpointStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public JdbcCheckpointStore(DataSource dataSource, Clock clock) {
        this(JdbcClient.create(dataSource), clock);
    }

    @Override
    public Optional<String> load(String key) {
        return jdbc.sql("select checkpoint_value from channel_checkpoint where checkpoint_key = :key")
                .param("key", key)
                .query(String.class)
                .optional();
    }

    @Override
    public void save(String key, String value) {
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        if (update(key, value, now) > 0) {
            return;
        }
        try {
            jdbc.sql("insert into channel_checkpoint (checkpoint_key, checkpoint_value, updated_at)"
                            + " values (:key, :value, :now)")
                    .param("key", key).param("value", value).param("now", now)
                    .update();
        } catch (DuplicateKeyException raced) {
            // Another node inserted the key between our update and insert: ours is the newer value.
            update(key, value, now);
        }
    }

    private int update(String key, String value, OffsetDateTime now) {
        return jdbc.sql("update channel_checkpoint set checkpoint_value = :value, updated_at = :now"
                        + " where checkpoint_key = :key")
                .param("key", key).param("value", value).param("now", now)
                .update();
    }
}
