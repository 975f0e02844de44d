package org.contactrouter.channel.social;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.contactrouter.contact.Contact;
import org.contactrouter.contact.Identity;

/**
 * Lets the reply service refuse, when an officer queues it, a reply that its social network would refuse later (too
 * long, outside the network's reply window, or the network is not enabled), so the officer reads why at once
 * instead of finding a failed reply on the case.
 */
public interface SocialReplyCheck {

    /**
     * @param answering the social contact the reply answers; its source names the network
     * @return empty when the reply can be sent, otherwise a message for the officer
     */
    Optional<String> problemWith(Contact answering, String text);

    /**
     * The longest reply the network takes from the council to this sender, for the officer's reply box; empty when
     * the network is not enabled.
     */
    OptionalInt maxReplyLength(String network, List<Identity> sender);

    /**
     * How long is left to answer a message received at {@code lastMessageAt}, for the officer's reply box; empty when
     * the network takes replies at any time or is not enabled.
     */
    Optional<ReplyWindow> replyWindow(String network, Instant lastMessageAt);
}
