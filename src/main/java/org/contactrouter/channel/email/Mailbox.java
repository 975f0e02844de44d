package org.contactrouter.channel.email;

import java.util.Objects;

/**
 * A council mailbox that contacts are read from.
 *
 * @param name               the name used as the contact's source, e.g. "waste"
 * @param defaultServiceArea the service area suggested for mail arriving here, or null when the mailbox is general
 */
public record Mailbox(String name, String defaultServiceArea) {

    public Mailbox {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("mailbox name must not be blank");
        }
    }
}
