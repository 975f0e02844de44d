package org.contactrouter.channel.social.twitter;

import java.util.Arrays;
import java.util.stream.Collectors;

/** X API v1.1-shaped JSON, just the fields twitter4j reads. */
public final class TwitterJson {

    public static final long COUNCIL_ID = 99;
    public static final long CITIZEN_ID = 42;

    private TwitterJson() {
    }

    public static String user(long id, String screenName, String name) {
        return """
                {"id": %d, "id_str": "%d", "screen_name": "%s", "name": "%s",
                 "created_at": "Mon Jan 05 08:00:00 +0000 2026"}""".formatted(id, id, screenName, name);
    }

    public static String citizen() {
        return user(CITIZEN_ID, "JoBloggs", "Jo Bloggs");
    }

    public static String council() {
        return user(COUNCIL_ID, "ExampleCouncil", "Example Council");
    }

    /** A mention posted at 09:mm UTC on 14 January 2026, optionally replying to another status. */
    public static String status(long id, int minute, String text, Long inReplyTo) {
        return """
                {"id": %d, "id_str": "%d", "created_at": "Wed Jan 14 09:%02d:00 +0000 2026",
                 "full_text": "%s", "text": "%s", "in_reply_to_status_id": %s,
                 "user": %s}""".formatted(id, id, minute, text, text, inReplyTo == null ? "null" : inReplyTo,
                citizen());
    }

    public static String mention(long id) {
        return status(id, (int) (id % 60), "@ExampleCouncil mention " + id, null);
    }

    public static String array(String... items) {
        return Arrays.stream(items).collect(Collectors.joining(",", "[", "]"));
    }

    public static String mentions(long... ids) {
        return array(Arrays.stream(ids).mapToObj(TwitterJson::mention).toArray(String[]::new));
    }

    public static String directMessage(long id, long senderId, long recipientId, long epochMillis, String text) {
        return """
                {"type": "message_create", "id": "%d", "created_timestamp": "%d",
                 "message_create": {"target": {"recipient_id": "%d"}, "sender_id": "%d",
                   "message_data": {"text": "%s",
                     "entities": {"hashtags": [], "symbols": [], "user_mentions": [], "urls": []}}}}"""
                .formatted(id, epochMillis, recipientId, senderId, text);
    }

    public static String errors(int code, String message) {
        return """
                {"errors": [{"code": %d, "message": "%s"}]}""".formatted(code, message);
    }
}
