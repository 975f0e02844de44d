package org.contactrouter.channel.phone;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * An id for a call whose source gives none: a hash of the fields that identify the call, so that reading the same
 * call again (the same file dropped twice, or the call repeated in the next export) yields the same contact id and
 * intake's de-duplication drops it.
 */
final class StableCallId {

    private static final String PREFIX = "sha256:";
    private static final char SEPARATOR = '\u001f'; // a control character no call field uses, so joins stay unambiguous

    private StableCallId() {
    }

    static String of(String source, List<String> identifyingFields) {
        StringBuilder text = new StringBuilder(source);
        for (String field : identifyingFields) {
            text.append(SEPARATOR).append(Objects.toString(field, "").strip());
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            // 128 bits are plenty to keep calls apart and keep ids short.
            return PREFIX + HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
