package org.contactrouter.reply;

import java.util.Optional;

import org.contactrouter.contact.Channel;
import org.contactrouter.contact.Contact;
import org.contactrouter.contact.Identity;

/**
 * Which channel answers a contact: the one it came on, except that web and Open311 contacts are answered by email
 * where the citizen gave an address, and by a phone call back where they gave only a number; a text from a number
 * that cannot be texted back, or a letter whose address was not kept, has no way back.
 */
public final class ReplyChannelPolicy {

    private ReplyChannelPolicy() {
    }

    public static Optional<Channel> channelFor(Contact answering) {
        return switch (answering.channel()) {
            case EMAIL, SOCIAL, PHONE -> Optional.of(answering.channel());
            case SMS -> has(answering, Identity.PHONE) ? Optional.of(Channel.SMS) : Optional.empty();
            case POST -> has(answering, Identity.POSTAL) ? Optional.of(Channel.POST) : Optional.empty();
            case WEB -> has(answering, Identity.EMAIL) ? Optional.of(Channel.EMAIL)
                    : has(answering, Identity.PHONE) ? Optional.of(Channel.PHONE) : Optional.empty();
        };
    }

    private static boolean has(Contact contact, String kind) {
        return contact.sender().identities().stream().anyMatch(i -> i.kind().equals(kind));
    }
}
