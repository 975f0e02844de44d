package org.contactrouter.channel.social.meta;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks the {@code X-Hub-Signature-256} header Meta puts on every webhook: {@code sha256=} and the hex HMAC-SHA256
 * of the raw body, keyed with the app secret. Compared in constant time, so the answer's timing tells nothing about
 * how much of a forged signature was right.
 */
final class WebhookSignature {

    static final String HEADER = "X-Hub-Signature-256";
    private static final String PREFIX = "sha256=";
    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    WebhookSignature(String appSecret) {
        this.key = new SecretKeySpec(appSecret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
    }

    /** Why the body cannot be trusted, or empty when the signature is the app's. */
    Optional<String> problemWith(String header, byte[] body) {
        if (header == null || header.isBlank()) {
            return Optional.of("no " + HEADER + " header: Meta signs every webhook");
        }
        if (!header.startsWith(PREFIX)) {
            return Optional.of(HEADER + " must be " + PREFIX + "<hex HMAC-SHA256 of the body>");
        }
        byte[] claimed;
        try {
            claimed = HexFormat.of().parseHex(header.substring(PREFIX.length()).trim());
        } catch (IllegalArgumentException e) {
            return Optional.of(HEADER + " is not hexadecimal");
        }
        return MessageDigest.isEqual(claimed, sign(body)) ? Optional.empty()
                : Optional.of(HEADER + " does not match the body: not signed with this app's secret");
    }

    private byte[] sign(byte[] body) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(body);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
