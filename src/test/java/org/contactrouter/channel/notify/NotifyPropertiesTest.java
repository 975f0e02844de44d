package org.contactrouter.channel.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.contactrouter.reply.ReplyKind;
import org.junit.jupiter.api.Test;

class NotifyPropertiesTest {

    private static final String SECRET_PART = UUID.randomUUID().toString();
    private static final String API_KEY = "council_live-" + UUID.randomUUID() + "-" + SECRET_PART;
    private static final String ACKNOWLEDGEMENT = UUID.randomUUID().toString();
    private static final String REPLY = UUID.randomUUID().toString();
    private static final String REPLY_CY = UUID.randomUUID().toString();

    @Test
    void completeSettingsPassAndWelshCasesFallBackToEnglishWhereThereIsNoWelshTemplate() {
        NotifyProperties settings = settings(API_KEY, "https://api.notifications.service.gov.uk",
                new NotifyProperties.Templates(Map.of("en", ACKNOWLEDGEMENT),
                        Map.of("en", REPLY, "cy", REPLY_CY)));
        settings.requireComplete(true, false, false);

        assertThat(settings.emailTemplates().templateFor(ReplyKind.REPLY, "cy")).isEqualTo(REPLY_CY);
        assertThat(settings.emailTemplates().templateFor(ReplyKind.NOTICE, "en")).isEqualTo(REPLY);
        assertThat(settings.emailTemplates().templateFor(ReplyKind.ACKNOWLEDGEMENT, "cy")).isEqualTo(ACKNOWLEDGEMENT);
        assertThat(settings.emailTemplates().languageOf(ReplyKind.ACKNOWLEDGEMENT, "cy")).as("greeted in English too")
                .isEqualTo("en");
        assertThat(settings.emailTemplates().languageOf(ReplyKind.REPLY, "cy")).isEqualTo("cy");
    }

    @Test
    void everyMissingOrMalformedSettingIsNamedAtOnceAndTheKeyIsNeverRepeated() {
        String wrongKey = "not-a-key-" + SECRET_PART;
        NotifyProperties settings = settings(wrongKey, "api.notifications.service.gov.uk",
                new NotifyProperties.Templates(Map.of(), Map.of("en", REPLY, "cy", "welsh-reply")));

        assertThatThrownBy(() -> settings.requireComplete(true, false, false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("CCR_NOTIFY_API_KEY (ccr.channels.notify.api-key) must be set")
                .hasMessageContaining("ccr.channels.notify.base-url must be an http(s) address")
                .hasMessageContaining("ccr.channels.notify.email-templates.acknowledgement.en is missing")
                .hasMessageContaining("ccr.channels.notify.email-templates.reply.cy must be a Notify template id")
                .hasMessageNotContaining(SECRET_PART);
    }

    @Test
    void theTextMessageChannelNeedsItsOwnTemplatesButNotTheEmailOnes() {
        NotifyProperties settings = new NotifyProperties(API_KEY, "https://api.notifications.service.gov.uk", null,
                null, null, new NotifyProperties.Templates(Map.of(), Map.of("en", "not-a-uuid")), null,
                Duration.ofMinutes(1), 50, null, null);

        assertThatThrownBy(() -> settings.requireComplete(false, true, false))
                .hasMessageStartingWith("The text-message channel sends through GOV.UK Notify but its settings are"
                        + " incomplete")
                .hasMessageContaining("ccr.channels.notify.sms-templates.acknowledgement.en is missing")
                .hasMessageContaining("ccr.channels.notify.sms-templates.reply.en must be a Notify template id")
                .hasMessageNotContaining("email-templates");
        assertThat(settings.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(settings.readTimeout()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void theLetterChannelNeedsOnlyALetterReplyTemplateAndEveryChannelUsingNotifyIsNamed() {
        NotifyProperties settings = new NotifyProperties(API_KEY, "https://api.notifications.service.gov.uk", null,
                null, null, null, new NotifyProperties.Templates(Map.of(), Map.of("cy", "not-a-uuid")),
                Duration.ofMinutes(1), 50, null, null);

        assertThatThrownBy(() -> settings.requireComplete(false, false, true))
                .hasMessageStartingWith("The letter channel sends through GOV.UK Notify but its settings are"
                        + " incomplete")
                .hasMessageContaining("ccr.channels.notify.letter-templates.reply.en is missing")
                .hasMessageContaining("ccr.channels.notify.letter-templates.reply.cy must be a Notify template id")
                .hasMessageNotContaining("letter-templates.acknowledgement")
                .hasMessageNotContaining("sms-templates");
        assertThatThrownBy(() -> settings.requireComplete(true, true, true))
                .hasMessageStartingWith("The email, text-message and letter channels send through GOV.UK Notify");

        NotifyProperties complete = new NotifyProperties(API_KEY, "https://api.notifications.service.gov.uk", null,
                null, null, null, new NotifyProperties.Templates(Map.of(), Map.of("en", REPLY, "cy", REPLY_CY)),
                Duration.ofMinutes(1), 50, null, null);
        complete.requireComplete(false, false, true);
        assertThat(complete.letterTemplates().templateFor(ReplyKind.REPLY, "cy")).isEqualTo(REPLY_CY);
    }

    private static NotifyProperties settings(String apiKey, String baseUrl, NotifyProperties.Templates templates) {
        return new NotifyProperties(apiKey, baseUrl, null, templates, null, null, null, Duration.ofMinutes(1), 50, null,
                null);
    }
}
