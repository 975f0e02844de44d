package org.contactrouter.channel.social.meta;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Webhook bodies as the Messenger Platform sends them, Graph API answers, and Meta's signature over a body. */
public final class MetaJson {

    public static final String PAGE_ID = "104857600000001";

    private MetaJson() {
    }

    /** A webhook for the Page ("page") or Instagram account ("instagram") carrying these messaging events. */
    public static String webhook(String object, String... events) {
        return """
                {"object": "%s", "entry": [{"id": "%s", "time": 1767000000000, "messaging": [%s]}]}"""
                .formatted(object, PAGE_ID, String.join(", ", events));
    }

    /** A text message a person sent to the Page. */
    public static String message(String senderId, String mid, Instant at, String text) {
        return """
                {"sender": {"id": "%s"}, "recipient": {"id": "%s"}, "timestamp": %d,
                 "message": {"mid": "%s", "text": "%s"}}""".formatted(senderId, PAGE_ID, at.toEpochMilli(), mid, text);
    }

    /** The echo Meta sends of a message the Page itself sent. */
    public static String echo(String recipientId, String mid, Instant at) {
        return """
                {"sender": {"id": "%s"}, "recipient": {"id": "%s"}, "timestamp": %d,
                 "message": {"mid": "%s", "is_echo": true, "text": "Thanks, we are on it"}}"""
                .formatted(PAGE_ID, recipientId, at.toEpochMilli(), mid);
    }

    /** A delivery receipt: not a message. */
    public static String delivery(String senderId, Instant at) {
        return """
                {"sender": {"id": "%s"}, "recipient": {"id": "%s"}, "timestamp": %d,
                 "delivery": {"mids": ["m_x"], "watermark": %d}}"""
                .formatted(senderId, PAGE_ID, at.toEpochMilli(), at.toEpochMilli());
    }

    /** The Send API's answer. */
    public static String sent(String recipientId, String messageId) {
        return "{\"recipient_id\": \"" + recipientId + "\", \"message_id\": \"" + messageId + "\"}";
    }

    /** A Graph error body. */
    public static String error(int code, Integer subcode, String type, String message) {
        return "{\"error\": {\"message\": \"" + message + "\", \"type\": \"" + type + "\", \"code\": " + code
                + (subcode == null ? "" : ", \"error_subcode\": " + subcode) + ", \"fbtrace_id\": \"AbC\"}}";
    }

    /** The X-Hub-Signature-256 Meta sends with this body, signed with the app secret. */
    public static String signature(String appSecret, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(appSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
