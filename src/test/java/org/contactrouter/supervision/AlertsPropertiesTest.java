package org.contactrouter.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Alert settings are checked at start-up when alerts are on, every problem named by its key. */
class AlertsPropertiesTest {

    private static AlertsProperties alerts(boolean enabled, AlertsProperties.Email email, String webhookUrl) {
        return new AlertsProperties(enabled, true, Duration.ZERO, 5, Duration.ofSeconds(5), null, null, email,
                new AlertsProperties.Webhook(webhookUrl, null));
    }

    @Test
    void offByDefaultAndNotChecked() {
        AlertsProperties off = alerts(false, null, null);
        assertThat(off.email().enabled()).isFalse();
        assertThat(off.webhook().enabled()).isFalse();
        assertThat(off.queue()).isEqualTo("alerts.out");
    }

    @Test
    void everyProblemIsReportedAtOnceWithoutRevealingTheWebhookAddress() {
        assertThatThrownBy(() -> alerts(true, new AlertsProperties.Email(true, List.of("not an address"), "", null),
                "ftp://hooks.example/secret-token"))
                .hasMessageContaining("ccr.alerts.email.recipients: 'not an address' is not an email address")
                .hasMessageContaining("ccr.alerts.email.from is missing")
                .hasMessageContaining("ccr.alerts.webhook.url must be an http(s) address")
                .hasMessageNotContaining("secret-token");
        assertThatThrownBy(() -> alerts(true, null, null))
                .hasMessageContaining("alerts are on but go nowhere");
    }

    @Test
    void aWebhookAloneIsEnough() {
        assertThat(alerts(true, null, "https://hooks.example/services/T0/B0/x").webhook().enabled()).isTrue();
    }
}
