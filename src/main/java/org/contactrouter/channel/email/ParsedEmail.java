package org.contactrouter.channel.email;

import org.contactrouter.caseload.CaseReference;
import org.contactrouter.contact.AttachmentInfo;
import org.contactrouter.contact.Channel;
import org.contactrouter.contact.Contact;
import org.contactrouter.contact.Identity;
import org.contactrouter.contact.Sender;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An inbound email as the application understands it.
 *
 * @param mailbox           the mailbox it was read from
 * @param messageId         its Message-ID without brackets, or a synthetic one (see {@link MessageIds#isSynthetic})
 * @param fromAddress       the sender's address (From, else Sender), lower case; null when there is none
 * @param fromName          the sender's display name, or null
 * @param replyTo           the Reply-To address when the message has one, else null
 * @param subject           the decoded subject, or null
 * @param body              the full text, HTML converted to text, forwarded messages included
 * @param displayBody       the body without quoted reply history, for display
 * @param sanitisedHtml     the first HTML part after sanitising, or null when the message had no HTML
 * @param receivedAt        IMAP INTERNALDATE, else the Date header, else the time it was processed
 * @param inReplyTo         ids in In-Reply-To
 * @param references        ids in References, oldest first
 * @param attachments       stored and refused attachments, in message order
 * @param calendarSummaries one line for each calendar invitation in the message
 * @param language          "cy" or "en" when Content-Language says so, else null
 */
public record ParsedEmail(
        Mailbox mailbox,
        String messageId,
        String fromAddress,
        String fromName,
        String replyTo,
        String subject,
        String body,
        String displayBody,
        String sanitisedHtml,
        Instant receivedAt,
        List<String> inReplyTo,
        List<String> references,
        List<AttachmentInfo> attachments,
        List<String> calendarSummaries,
        String language) {

    public ParsedEmail {
        inReplyTo = List.copyOf(inReplyTo);
        references = List.copyOf(references);
        attachments = List.copyOf(attachments);
        calendarSummaries = List.copyOf(calendarSummaries);
    }

    /** Messages this one continues: the References chain, oldest first, then In-Reply-To if not already there. */
    public List<String> conversationIds() {
        Set<String> ids = new LinkedHashSet<>(references);
        ids.addAll(inReplyTo);
        return List.copyOf(ids);
    }

    /** The case reference quoted in the subject, e.g. "[CR-2026-000123] Re: bins", or null. */
    public String caseReferenceHint() {
        return CaseReference.findIn(subject).map(CaseReference::toString).orElse(null);
    }

    /**
     * The contact for intake. Attributes: {@code displayBody}, and when present {@code replyTo},
     * {@code calendarSummary} and {@code messageIdSynthetic}.
     */
    public Contact toContact() {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("displayBody", displayBody);
        if (replyTo != null) {
            attributes.put("replyTo", replyTo);
        }
        if (!calendarSummaries.isEmpty()) {
            attributes.put("calendarSummary", String.join("\n", calendarSummaries));
        }
        if (MessageIds.isSynthetic(messageId)) {
            attributes.put("messageIdSynthetic", "true");
        }
        Sender sender = fromAddress == null ? Sender.anonymous() : Sender.of(fromName, Identity.email(fromAddress));
        return Contact.builder(Channel.EMAIL, mailbox.name(), messageId, receivedAt)
                .sender(sender)
                .subject(subject)
                .body(body)
                .attachments(attachments)
                .caseReferenceHint(caseReferenceHint())
                .conversationIds(conversationIds())
                .serviceAreaHint(mailbox.defaultServiceArea())
                .language(language)
                .attributes(attributes)
                .build();
    }
}
