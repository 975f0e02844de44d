package org.contactrouter.web.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.contactrouter.caseload.CaseStatus;
import org.contactrouter.channel.web.SubmissionRules;
import org.contactrouter.reply.ReplyKind;
import org.contactrouter.sla.SlaDuration;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Every word of the citizen pages has its Welsh: the two bundles hold the same keys, and each lookup the pages make. */
class MessagesTest {

    private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

    MessagesTest() {
        messages.setBasename("messages");
        messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
        messages.setFallbackToSystemLocale(false);
    }

    @Test
    void everyEnglishMessageHasItsWelsh() throws IOException {
        Set<String> english = keys("messages.properties");
        Set<String> welsh = keys("messages_cy.properties");

        assertThat(welsh).containsAll(english);
        assertThat(welsh).as("Welsh alone: the contact page's error messages, whose English is SubmissionRules'")
                .allMatch(key -> english.contains(key) || key.startsWith("error."));
    }

    @Test
    void theContactPagesErrorsTheCaseStatusesAndTheAllowancesAreInWelsh() {
        List<SubmissionRules.Problem> problems = new ArrayList<>(SubmissionRules.check("n".repeat(201), "not-an-address", "call me",
                "m".repeat(SubmissionRules.MAX_MESSAGE_LENGTH + 1), "fr", true));
        problems.addAll(SubmissionRules.check(null, null, null, " ", null, true));
        assertThat(problems).extracting(SubmissionRules.Problem::messageCode).doesNotContainNull()
                .containsExactlyInAnyOrder("error.name.tooLong", "error.email.format", "error.phone.format",
                        "error.message.tooLong", "error.language.choice", "error.replyAddress.required",
                        "error.message.required");
        for (SubmissionRules.Problem problem : problems) {
            assertThat(welsh(problem.messageCode(), problem.arguments().toArray())).isNotEqualTo(problem.message());
        }
        assertThat(welsh("error.message.tooLong", "5000")).isEqualTo("Rhaid i'ch neges fod yn 5000 nod neu lai");

        Arrays.stream(CaseStatus.values()).forEach(status -> assertThat(welsh("status.case." + status)).isNotBlank());
        assertThat(welsh("status.sent." + ReplyKind.ACKNOWLEDGEMENT)).isEqualTo("Cydnabyddiaeth");
        assertThat(welsh("status.sent." + ReplyKind.REPLY)).isEqualTo("Ateb");
        for (SlaDuration.Unit unit : SlaDuration.Unit.values()) {
            assertThat(welsh("allowance." + unit, 3L)).startsWith("3 ");
        }
        assertThat(messages.getMessage("allowance.WORKING_DAYS", new Object[] {1L}, CitizenLocaleResolver.ENGLISH))
                .isEqualTo("1 working day");
        assertThat(messages.getMessage("allowance.WORKING_DAYS", new Object[] {3L}, CitizenLocaleResolver.ENGLISH))
                .isEqualTo("3 working days");
        assertThat(welsh("allowance.WORKING_DAYS", 3L)).isEqualTo("3 diwrnod gwaith");
    }

    private String welsh(String code, Object... arguments) {
        return messages.getMessage(code, arguments, CitizenLocaleResolver.WELSH);
    }

    private static Set<String> keys(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/" + resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }
}
