package org.contactrouter.channel.sms;

import java.util.LinkedHashMap;
import java.util.Map;

import org.contactrouter.caseload.CaseReference;
import org.contactrouter.channel.notify.NotifyPhoneNumbers;
import org.contactrouter.contact.Channel;
import org.contactrouter.contact.Contact;
import org.contactrouter.contact.FirstWords;
import org.contactrouter.contact.Identity;
import org.contactrouter.contact.Sender;
import uk.gov.service.notify.ReceivedTextMessage;

/**
 * Turns a text message Notify received into a contact. The sender's number, which Notify gives as digits with the
 * country code ("447700900123"), is normalised to E.164 like every phone number (NotifyPhoneNumbers), so a citizen who phoned or gave the
 * number on the web form is recognised. A case reference quoted in the text ("about CR-2026-000123") points at that
 * case; otherwise a text continues the citizen's latest text conversation (see {@link Channel#threadsBySender()}).
 */
final class ReceivedTextContacts {

    static final String SOURCE = "notify";
    /** The council number the text was sent to, kept with the contact. */
    static final String COUNCIL_NUMBER = "sms.notify-number";
    /** The sender's number as Notify gave it, kept when it could not be read as a phone number. */
    static final String UNREADABLE_SENDER = "sms.unreadable-sender";

    private ReceivedTextContacts() {
    }

    static Contact contactFrom(ReceivedTextMessage text) {
        String raw = text.getUserNumber() == null ? "" : text.getUserNumber().strip();
        Sender sender = NotifyPhoneNumbers.e164(raw).map(e164 -> Sender.of(null, Identity.phone(e164)))
                .orElseGet(Sender::anonymous);
        Map<String, String> attributes = new LinkedHashMap<>();
        if (text.getNotifyNumber() != null) {
            attributes.put(COUNCIL_NUMBER, text.getNotifyNumber());
        }
        if (sender.isAnonymous() && !raw.isEmpty()) {
            attributes.put(UNREADABLE_SENDER, raw);
        }
        String body = text.getContent() == null ? "" : text.getContent();
        return Contact.builder(Channel.SMS, SOURCE, text.getId().toString(), text.getCreatedAt().toInstant())
                .sender(sender)
                .subject(FirstWords.of(body, "Text message"))
                .body(body)
                .caseReferenceHint(CaseReference.findIn(body).map(CaseReference::toString).orElse(null))
                .attributes(attributes)
                .build();
    }
}
