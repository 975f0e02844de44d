package org.contactrouter.channel.social;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.contactrouter.contact.Identity;

/**
 * One social network the council is reachable on. Adding a network means one class implementing this interface and
 * one poll route; everything else (checkpoints, health, rate-limit pauses) is shared, see {@link SocialPoller}.
 */
public interface SocialNetwork {

    /** Lower-case name used as contact source, identity kind and checkpoint key: "twitter", "bluesky". */
    String name();

    /**
     * Fetches mentions and direct messages newer than the cursor. Saving the returned cursor is the caller's job, and
     * only after the contacts are enqueued. A network that delivers its messages by webhook returns none and checks
     * its connection instead, so that a refused token shows on the channel's health before a reply needs it.
     *
     * @param cursor the cursor a previous poll returned, or null on the very first poll
     * @throws SocialNetworkException when the network refused or failed; never answered with an empty result
     */
    PollResult poll(String cursor) throws SocialNetworkException;

    /**
     * Posts a reply: a public reply threaded under the citizen's post, or a direct message when the contact was one.
     *
     * @throws SocialNetworkException when the network refused or failed
     * @throws IllegalArgumentException when the text is too long or the request lacks what the network needs
     */
    ReplyResult reply(ReplyRequest request) throws SocialNetworkException;

    /**
     * How long after the citizen's last message the network still takes a reply (Meta: 24 hours); empty when it takes
     * replies at any time.
     */
    default Optional<Duration> replyWindow() {
        return Optional.empty();
    }

    /** The longest reply the network accepts, counted with {@link #replyLength(String)}. */
    int maxReplyLength();

    /** Length of a reply as the network counts it; Unicode code points unless the network says otherwise. */
    default int replyLength(String text) {
        return text.codePointCount(0, text.length());
    }

    /**
     * Checks a reply before it is sent.
     *
     * @return empty when the reply can be sent, otherwise a message to show the officer
     */
    default Optional<String> validateReply(String text) {
        if (text == null || text.isBlank()) {
            return Optional.of("The reply is empty. Write a reply before sending it.");
        }
        int length = replyLength(text);
        int max = maxReplyLength();
        if (length > max) {
            return Optional.of("Replies on " + name() + " can be at most " + max + " characters; this one is "
                    + length + ". Remove " + (length - max) + " characters or reply by another channel.");
        }
        return Optional.empty();
    }

    /**
     * Checks a reply to this sender before it is sent. The same as {@link #validateReply(String)} unless the
     * network's limit depends on the conversation (Meta: Instagram takes shorter messages than Messenger).
     *
     * @param sender the identities of the citizen answered
     */
    default Optional<String> validateReply(List<Identity> sender, String text) {
        return validateReply(text);
    }

    /** The longest reply to this sender, for the officer's reply box; see {@link #validateReply(List, String)}. */
    default int maxReplyLength(List<Identity> sender) {
        return maxReplyLength();
    }

    /** Throws with the {@link #validateReply(String)} message when the reply cannot be sent. */
    default void requireValidReply(String text) {
        validateReply(text).ifPresent(message -> {
            throw new IllegalArgumentException(message);
        });
    }
}
