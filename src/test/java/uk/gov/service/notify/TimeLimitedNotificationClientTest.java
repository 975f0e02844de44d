package uk.gov.service.notify;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A Notify that stops answering fails the call after the read timeout instead of holding it for ever. */
class TimeLimitedNotificationClientTest {

    private static final String EMPTY = "{\"received_text_messages\": [], \"links\": {\"current\": \"x\"}}";
    private WireMockServer notify;

    @BeforeEach
    void start() {
        notify = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        notify.start();
    }

    @AfterEach
    void stop() {
        notify.stop();
    }

    @Test
    void anAnswerSlowerThanTheReadTimeoutFailsTheCall() {
        notify.stubFor(get(urlPathEqualTo("/v2/received-text-messages"))
                .willReturn(okJson(EMPTY).withFixedDelay(5_000)));

        assertThatThrownBy(() -> client(Duration.ofMillis(300)).getReceivedTextMessages(null))
                .isInstanceOf(NotificationClientException.class)
                .hasRootCauseInstanceOf(SocketTimeoutException.class);
    }

    @Test
    void anAnswerWithinTheTimeoutIsRead() throws Exception {
        notify.stubFor(get(urlPathEqualTo("/v2/received-text-messages")).willReturn(okJson(EMPTY)));

        assertThat(client(Duration.ofSeconds(10)).getReceivedTextMessages(null).getReceivedTextMessages()).isEmpty();
    }

    private TimeLimitedNotificationClient client(Duration readTimeout) {
        return new TimeLimitedNotificationClient("ccr_test-" + UUID.randomUUID() + "-" + UUID.randomUUID(),
                notify.baseUrl(), Duration.ofSeconds(2), readTimeout);
    }
}
