package org.contactrouter.channel.phone;

import java.time.ZoneId;
import java.util.Objects;

/**
 * The phone channel's reading settings (folders and scheduling belong to the route, not here).
 *
 * @param zone   the PBX's local time zone, used for times written without an offset
 * @param policy which calls become contacts
 */
public record PhoneChannelSettings(ZoneId zone, CallRecordPolicy policy) {

    /** UK councils' PBXs log in UK local time, which moves between GMT and BST. */
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/London");

    public PhoneChannelSettings {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(policy, "policy");
    }

    /** Europe/London and the default policy. */
    public static PhoneChannelSettings defaults() {
        return new PhoneChannelSettings(DEFAULT_ZONE, CallRecordPolicy.defaults());
    }
}
