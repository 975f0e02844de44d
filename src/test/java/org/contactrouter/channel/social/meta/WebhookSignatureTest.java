package org.contactrouter.channel.social.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** X-Hub-Signature-256 as Meta (and GitHub, whose documented example this is) computes it. */
class WebhookSignatureTest {

    private static final byte[] BODY = "Hello, World!".getBytes(StandardCharsets.UTF_8);
    private static final String SIGNED =
            "sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17";

    private final WebhookSignature signature = new WebhookSignature("It's a Secret to Everybody");

    @Test
    void acceptsTheHmacOfTheRawBodyWithTheAppSecret() {
        assertThat(signature.problemWith(SIGNED, BODY)).isEmpty();
        assertThat(signature.problemWith(SIGNED.toUpperCase().replace("SHA256=", "sha256="), BODY)).isEmpty();
    }

    @Test
    void refusesAMissingMalformedOrForeignSignatureWithTheReason() {
        assertThat(signature.problemWith(null, BODY))
                .contains("no X-Hub-Signature-256 header: Meta signs every webhook");
        assertThat(signature.problemWith("sha1=0a4d55a8d778e5022fab701977c5d840bbc486d0", BODY))
                .contains("X-Hub-Signature-256 must be sha256=<hex HMAC-SHA256 of the body>");
        assertThat(signature.problemWith("sha256=not-hex", BODY)).contains("X-Hub-Signature-256 is not hexadecimal");
        String mismatch = "X-Hub-Signature-256 does not match the body: not signed with this app's secret";
        assertThat(signature.problemWith(SIGNED, "Hello, World?".getBytes(StandardCharsets.UTF_8))).contains(mismatch);
        assertThat(new WebhookSignature("another app").problemWith(SIGNED, BODY)).contains(mismatch);
        assertThat(signature.problemWith(SIGNED.substring(0, 21), BODY)).contains(mismatch);
    }
}
