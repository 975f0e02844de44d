package org.contactrouter.channel.social.bluesky;

import static org.contactrouter.channel.social.SocialAttributes.AUTHOR_HANDLE;
import static org.contactrouter.channel.social.SocialAttributes.AUTHOR_ID;
import static org.contactrouter.channel.social.SocialAttributes.KIND;
import static org.contactrouter.channel.social.SocialAttributes.KIND_MENTION;
import static org.contactrouter.channel.social.SocialAttributes.POST_CID;
import static org.contactrouter.channel.social.SocialAttributes.POST_ID;
import static org.contactrouter.channel.social.SocialAttributes.REASON;
import static org.contactrouter.channel.social.SocialAttributes.ROOT_CID;
import static org.contactrouter.channel.social.SocialAttributes.ROOT_URI;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.contactrouter.caseload.CaseReference;
import org.contactrouter.contact.Channel;
import org.contactrouter.contact.Contact;
import org.contactrouter.contact.Identity;
import org.contactrouter.contact.Sender;

import tools.jackson.databind.JsonNode;

/**
 * The fields of one {@code app.bsky.notification.listNotifications} entry that become a contact.
 *
 * @param parentUri the post this one replies to, null when it starts a thread
 * @param rootUri   root of the thread (the post itself when it starts one), needed to thread a reply under it
 */
record BlueskyNotification(
        String uri, String cid, String reason, Instant indexedAt,
        String authorDid, String authorHandle, String authorName, String text,
        String rootUri, String rootCid, String parentUri) {

    static final String NETWORK = "bluesky";

    static BlueskyNotification from(JsonNode notification) {
        JsonNode record = notification.path("record");
        JsonNode reply = record.path("reply");
        JsonNode author = notification.path("author");
        String uri = notification.path("uri").asString();
        String cid = notification.path("cid").asString();
        boolean isReply = reply.has("root");
        return new BlueskyNotification(uri, cid, notification.path("reason").asString(),
                instant(notification.path("indexedAt").asString()),
                author.path("did").asString(), author.path("handle").asString(),
                author.path("displayName").asString(null), record.path("text").asString(""),
                isReply ? reply.path("root").path("uri").asString() : uri,
                isReply ? reply.path("root").path("cid").asString() : cid,
                isReply ? reply.path("parent").path("uri").asString(null) : null);
    }

    /** Bluesky timestamps are RFC 3339 with 'Z' or an offset. */
    static Instant instant(String text) {
        return OffsetDateTime.parse(text).toInstant();
    }

    /**
     * The contact for this post. receivedAt is indexedAt, when Bluesky received the post; the record's createdAt is
     * set by the sender's client and can be anything.
     */
    Contact toContact() {
        String displayName = authorName == null || authorName.isBlank() ? authorHandle : authorName;
        return Contact.builder(Channel.SOCIAL, NETWORK, uri, indexedAt)
                .sender(Sender.of(displayName, Identity.social(NETWORK, authorHandle)))
                .body(text)
                .caseReferenceHint(CaseReference.findIn(text).map(CaseReference::toString).orElse(null))
                .conversationIds(parentUri == null ? List.of() : List.of(parentUri))
                .attributes(Map.of(KIND, KIND_MENTION, REASON, reason, POST_ID, uri, POST_CID, cid,
                        ROOT_URI, rootUri, ROOT_CID, rootCid, AUTHOR_ID, authorDid, AUTHOR_HANDLE, authorHandle))
                .build();
    }
}
