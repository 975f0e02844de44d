package org.contactrouter.channel.email;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import org.contactrouter.contact.Contact;
import org.contactrouter.contact.Identity;

import java.io.UnsupportedEncodingException;
import java.util.ArrayList;
import java.util.List;

/**
 * The citizen's side of an email conversation that the council is answering.
 *
 * @param recipient   where the answer goes
 * @param citizenName how to greet them; null or blank when unknown
 * @param subject     the subject of the message being answered, may be null
 * @param inReplyTo   the Message-ID being answered, or null
 * @param references  the References chain to send, oldest first, ending with {@code inReplyTo}
 */
public record ThreadContext(InternetAddress recipient, String citizenName, String subject, String inReplyTo,
                            List<String> references) {

    public ThreadContext {
        references = references == null ? List.of() : List.copyOf(references);
    }

    /**
     * The context for answering an inbound email contact: to its Reply-To (attribute {@code replyTo}) or sender,
     * continuing its thread. Ids this application made up are left out, since no mail client knows them.
     *
     * @throws IllegalArgumentException when the contact has no email address to answer
     */
    public static ThreadContext replyingTo(Contact inbound) {
        String address = inbound.attributes().getOrDefault("replyTo", inbound.sender().identities().stream()
                .filter(Identity::isEmail)
                .map(Identity::value)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("contact has no email address to reply to")));
        List<String> references = new ArrayList<>(inbound.conversationIds());
        String inReplyTo = MessageIds.isSynthetic(inbound.channelMessageId()) ? null : inbound.channelMessageId();
        if (inReplyTo != null) {
            references.remove(inReplyTo);
            references.add(inReplyTo);
        }
        references.removeIf(MessageIds::isSynthetic);
        return new ThreadContext(internetAddress(address, inbound.sender().displayName()),
                inbound.sender().displayName(), inbound.subject(), inReplyTo, references);
    }

    private static InternetAddress internetAddress(String address, String personal) {
        try {
            InternetAddress parsed = new InternetAddress(address, true);
            if (personal != null && !personal.isBlank()) {
                parsed.setPersonal(personal, "UTF-8");
            }
            return parsed;
        } catch (AddressException | UnsupportedEncodingException e) {
            throw new IllegalArgumentException("not a usable email address: " + address, e);
        }
    }
}
