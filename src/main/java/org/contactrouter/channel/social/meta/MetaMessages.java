package org.contactrouter.channel.social.meta;

import static org.contactrouter.channel.social.SocialAttributes.AUTHOR_ID;
import static org.contactrouter.channel.social.SocialAttributes.KIND;
import static org.contactrouter.channel.social.SocialAttributes.KIND_DM;
import static org.contactrouter.channel.social.SocialAttributes.POST_ID;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.contactrouter.caseload.CaseReference;
import org.contactrouter.contact.Channel;
import org.contactrouter.contact.Contact;
import org.contactrouter.contact.Identity;
import org.contactrouter.contact.Sender;

import tools.jackson.databind.JsonNode;

/**
 * Turns a Messenger Platform webhook body into contacts: one per message a person sent to the Page
 * ({@code entry[].messaging[]} with {@code sender.id}, {@code timestamp} and {@code message.mid}). Echoes of the
 * Page's own messages, unsent (deleted) messages and other events (deliveries, reads, reactions) are not contacts.
 */
final class MetaMessages {

    /** Which Meta app the message came through: {@link #MESSENGER} or {@link #INSTAGRAM}; also the identity kind. */
    static final String PLATFORM = "platform";
    static final String MESSENGER = "messenger";
    static final String INSTAGRAM = "instagram";
    /** The Page (or Instagram account) id the message was sent to. */
    static final String PAGE_ID = "pageId";

    private MetaMessages() {
    }

    /** The contacts in a webhook body; empty for an object other than a Page or Instagram account. */
    static List<Contact> in(JsonNode webhook) {
        String platform = switch (webhook.path("object").asString("")) {
            case "page" -> MESSENGER;
            case "instagram" -> INSTAGRAM;
            default -> null;
        };
        List<Contact> contacts = new ArrayList<>();
        if (platform == null) {
            return contacts;
        }
        for (JsonNode entry : webhook.path("entry")) {
            for (JsonNode event : entry.path("messaging")) {
                JsonNode message = event.path("message");
                if (isFromCitizen(message)) {
                    contacts.add(contact(platform, event, message));
                }
            }
        }
        return contacts;
    }

    private static boolean isFromCitizen(JsonNode message) {
        return message.isObject() && !message.path("mid").asString("").isEmpty()
                && !message.path("is_echo").asBoolean(false) && !message.path("is_deleted").asBoolean(false);
    }

    /** receivedAt is the event's timestamp: when Meta received the message, which is what the 24-hour window counts. */
    private static Contact contact(String platform, JsonNode event, JsonNode message) {
        String mid = message.path("mid").asString();
        String senderId = event.path("sender").path("id").asString();
        String text = body(message);
        String answered = message.path("reply_to").path("mid").asString("");
        return Contact.builder(Channel.SOCIAL, MetaNetwork.NETWORK, mid,
                        Instant.ofEpochMilli(event.path("timestamp").asLong()))
                .sender(Sender.of(null, Identity.social(platform, senderId)))
                .body(text)
                .caseReferenceHint(CaseReference.findIn(text).map(CaseReference::toString).orElse(null))
                .conversationIds(answered.isEmpty() ? List.of() : List.of(answered))
                .attributes(Map.of(KIND, KIND_DM, POST_ID, mid, AUTHOR_ID, senderId, PLATFORM, platform,
                        PAGE_ID, event.path("recipient").path("id").asString("")))
                .build();
    }

    /** The text, or what was sent instead of text (photos, voice notes), which the officer opens in the app. */
    private static String body(JsonNode message) {
        String text = message.path("text").asString("");
        JsonNode attachments = message.path("attachments");
        if (attachments.isEmpty()) {
            return text;
        }
        String kinds = attachments.valueStream().map(a -> a.path("type").asString("file"))
                .collect(Collectors.joining(", "));
        String note = "[sent " + kinds + ": see the conversation in Meta Business Suite]";
        return text.isEmpty() ? note : text + "\n" + note;
    }
}
