package org.contactrouter.contact;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One inbound message from one channel, normalised. This is what every channel puts on its inbound queue and what
 * intake turns into (part of) a case.
 *
 * @param channel           the channel it arrived on
 * @param source            which intake within the channel: "web-form", "api", "open311", a mailbox name,
 *                          "asterisk-cdr", "twitter" ...
 * @param channelMessageId  the channel's own id for this message (Message-ID, tweet id, CDR uniqueid, form
 *                          submission id); together with the channel it identifies the message for de-duplication
 * @param sender            who sent it
 * @param receivedAt        when the channel received it (IMAP INTERNALDATE, call start, post time): the SLA clock
 *                          starts here, not when intake processed it
 * @param subject           subject or title, may be null
 * @param body              the text, may be empty
 * @param attachments       files that came with it
 * @param caseReferenceHint a case reference the contact claims to belong to (subject tag, form field), or null
 * @param conversationIds   channel message ids this message continues (In-Reply-To, References, reply-to post id)
 * @param proposedReference a reference already promised to the citizen by the channel (web form, Open311), used
 *                          when the contact opens a new case; null otherwise
 * @param serviceAreaHint   service area suggested by the channel (mailbox, phone queue, Open311 service code)
 * @param language          "en" or "cy" when the channel knows the citizen's choice, otherwise null
 * @param attributes        channel-specific extras kept with the contact (location, call outcome, ...)
 */
public record Contact(
        Channel channel,
        String source,
        String channelMessageId,
        Sender sender,
        Instant receivedAt,
        String subject,
        String body,
        List<AttachmentInfo> attachments,
        String caseReferenceHint,
        List<String> conversationIds,
        String proposedReference,
        String serviceAreaHint,
        String language,
        Map<String, String> attributes) {

    public Contact {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(channelMessageId, "channelMessageId");
        Objects.requireNonNull(receivedAt, "receivedAt");
        if (channelMessageId.isBlank()) {
            throw new IllegalArgumentException("channelMessageId must not be blank");
        }
        sender = sender == null ? Sender.anonymous() : sender;
        body = body == null ? "" : body;
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
        conversationIds = conversationIds == null ? List.of() : List.copyOf(conversationIds);
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    }

    /** Starts a contact with the fields every channel must give; the rest is optional. */
    public static Builder builder(Channel channel, String source, String channelMessageId, Instant receivedAt) {
        return new Builder(channel, source, channelMessageId, receivedAt);
    }

    /** Builds a contact step by step: channels set only what they know. */
    public static final class Builder {
        private final Channel channel;
        private final String source;
        private final String channelMessageId;
        private final Instant receivedAt;
        private Sender sender = Sender.anonymous();
        private String subject;
        private String body = "";
        private List<AttachmentInfo> attachments = List.of();
        private String caseReferenceHint;
        private List<String> conversationIds = List.of();
        private String proposedReference;
        private String serviceAreaHint;
        private String language;
        private Map<String, String> attributes = Map.of();

        private Builder(Channel channel, String source, String channelMessageId, Instant receivedAt) {
            this.channel = channel;
            this.source = source;
            this.channelMessageId = channelMessageId;
            this.receivedAt = receivedAt;
        }

        public Builder sender(Sender value) { this.sender = value; return this; }
        public Builder subject(String value) { this.subject = value; return this; }
        public Builder body(String value) { this.body = value; return this; }
        public Builder attachments(List<AttachmentInfo> value) { this.attachments = value; return this; }
        public Builder caseReferenceHint(String value) { this.caseReferenceHint = value; return this; }
        public Builder conversationIds(List<String> value) { this.conversationIds = value; return this; }
        public Builder proposedReference(String value) { this.proposedReference = value; return this; }
        public Builder serviceAreaHint(String value) { this.serviceAreaHint = value; return this; }
        public Builder language(String value) { this.language = value; return this; }
        public Builder attributes(Map<String, String> value) { this.attributes = value; return this; }

        public Contact build() {
            return new Contact(channel, source, channelMessageId, sender, receivedAt, subject, body, attachments,
                    caseReferenceHint, conversationIds, proposedReference, serviceAreaHint, language, attributes);
        }
    }
}
