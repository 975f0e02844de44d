package org.contactrouter.channel.social;

import java.util.Map;
import java.util.Objects;

import org.contactrouter.contact.Contact;

/**
 * A reply an officer wrote to a social contact.
 *
 * @param text      what to post
 * @param inReplyTo the attributes of the contact being answered (see {@link SocialAttributes}); they say whether to
 *                  reply publicly or by direct message and to which post or person
 */
public record ReplyRequest(String text, Map<String, String> inReplyTo) {

    public ReplyRequest {
        Objects.requireNonNull(text, "text");
        inReplyTo = Map.copyOf(inReplyTo);
    }

    /** A reply to the given contact, public or private as the contact was. */
    public static ReplyRequest to(Contact contact, String text) {
        return new ReplyRequest(text, contact.attributes());
    }

    public boolean isDirectMessage() {
        return SocialAttributes.KIND_DM.equals(inReplyTo.get(SocialAttributes.KIND));
    }

    /** An attribute the network cannot reply without. */
    public String required(String key) {
        String value = inReplyTo.get(key);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("reply target lacks attribute '" + key + "'");
        }
        return value;
    }
}
