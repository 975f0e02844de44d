package org.contactrouter.contact;

import java.util.List;

/**
 * Who a contact came from, as the channel knows them.
 *
 * @param displayName the name the citizen gave or the channel shows (may be null)
 * @param identities  every address, number or handle the contact carries; empty for an anonymous contact
 *                    (a withheld number, an anonymous Open311 report)
 */
public record Sender(String displayName, List<Identity> identities) {

    public Sender {
        identities = identities == null ? List.of() : List.copyOf(identities);
    }

    public static Sender of(String displayName, Identity... identities) {
        return new Sender(displayName, List.of(identities));
    }

    public static Sender anonymous() {
        return new Sender(null, List.of());
    }

    public boolean isAnonymous() {
        return identities.isEmpty();
    }
}
