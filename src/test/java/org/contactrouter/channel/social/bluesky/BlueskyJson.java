package org.contactrouter.channel.social.bluesky;

import java.util.Arrays;
import java.util.stream.Collectors;

/** XRPC-shaped JSON, just the fields the client reads. */
public final class BlueskyJson {

    public static final String COUNCIL_DID = "did:plc:council";
    public static final String CITIZEN_DID = "did:plc:citizen";

    private BlueskyJson() {
    }

    public static String session(String accessJwt) {
        return """
                {"did": "%s", "handle": "council.bsky.social", "accessJwt": "%s", "refreshJwt": "refresh-%s"}"""
                .formatted(COUNCIL_DID, accessJwt, accessJwt);
    }

    public static String uri(String rkey) {
        return "at://" + CITIZEN_DID + "/app.bsky.feed.post/" + rkey;
    }

    /** A notification about a post indexed at 09:mm UTC on 14 January 2026; replyRoot/replyParent may be null. */
    public static String notification(String rkey, String reason, int minute, String text, String replyRoot, String replyParent) {
        String reply = replyRoot == null ? "" : """
                , "reply": {"root": {"uri": "%s", "cid": "cid-root"}, "parent": {"uri": "%s", "cid": "cid-parent"}}"""
                .formatted(replyRoot, replyParent);
        return """
                {"uri": "%s", "cid": "cid-%s", "reason": "%s", "isRead": false,
                 "indexedAt": "2026-01-14T09:%02d:00.000Z",
                 "author": {"did": "%s", "handle": "jo.bsky.social", "displayName": "Jo Bloggs"},
                 "record": {"$type": "app.bsky.feed.post", "text": "%s", "createdAt": "2026-01-14T08:00:00.000Z"%s}}"""
                .formatted(uri(rkey), rkey, reason, minute, CITIZEN_DID, text, reply);
    }

    public static String mention(String rkey, int minute) {
        return notification(rkey, "mention", minute, "@council.bsky.social post " + rkey, null, null);
    }

    public static String page(String cursor, String... notifications) {
        String list = Arrays.stream(notifications).collect(Collectors.joining(",", "[", "]"));
        return cursor == null
                ? "{\"notifications\": " + list + "}"
                : "{\"cursor\": \"" + cursor + "\", \"notifications\": " + list + "}";
    }
}
