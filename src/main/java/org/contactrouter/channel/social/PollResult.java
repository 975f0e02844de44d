package org.contactrouter.channel.social;

import java.util.List;
import java.util.Objects;

import org.contactrouter.contact.Contact;

/**
 * What one poll found. The cursor is not saved by the network: the caller saves {@link #nextCursor()} only after every
 * contact is safely enqueued, so a crash in between re-polls instead of losing messages.
 *
 * @param contacts   new mentions and direct messages, oldest first
 * @param nextCursor the cursor to save once the contacts are enqueued; equal to the cursor polled with when nothing
 *                   moved; null only when the network has never returned anything
 * @param health     {@link ChannelHealth#up()}, or {@link ChannelHealth.State#RATE_LIMITED} when the call worked but
 *                   the remaining allowance is too low to call again before the reset
 */
public record PollResult(List<Contact> contacts, String nextCursor, ChannelHealth health) {

    public PollResult {
        contacts = List.copyOf(contacts);
        Objects.requireNonNull(health, "health");
    }
}
