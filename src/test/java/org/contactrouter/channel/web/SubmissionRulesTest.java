package org.contactrouter.channel.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SubmissionRulesTest {

    @Test
    void aCompleteSubmissionPasses() {
        assertThat(SubmissionRules.check("Jo", "jo@example.com", "07700 900123", "Hello", "cy", true)).isEmpty();
    }

    @Test
    void aReplyAddressIsRequiredWhereAsked() {
        assertThat(SubmissionRules.check(null, null, " ", "Hello", "en", true))
                .extracting(SubmissionRules.Problem::field).containsExactly("email");
        assertThat(SubmissionRules.check(null, null, null, "Hello", null, false)).isEmpty();
    }

    @Test
    void eachBadFieldIsNamed() {
        assertThat(SubmissionRules.check("x".repeat(201), "jo@", "call me", "m".repeat(5001), "fr", true))
                .extracting(SubmissionRules.Problem::field)
                .containsExactly("name", "email", "phone", "message", "language");
    }
}
