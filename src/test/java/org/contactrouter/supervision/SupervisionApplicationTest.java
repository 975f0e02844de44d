package org.contactrouter.supervision;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import java.time.Instant;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.contactrouter.ApplicationTest;
import org.contactrouter.officer.OfficerAccounts;
import org.contactrouter.officer.Role;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application on a real port with supervisor alerts on: email through a GreenMail SMTP server, the
 * webhook played by WireMock, a one-second digest window, and a status-page limit of five look-ups. Every
 * supervision test shares this one application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class SupervisionApplicationTest extends ApplicationTest {

    protected static final String SUPERVISOR = "supervising";
    protected static final String SUPERVISORS_MAILBOX = "supervisors@council.example";
    protected static final int STATUS_PAGE_ATTEMPTS = 5;

    static final GreenMail SMTP = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    static final WireMockServer WEBHOOK = new WireMockServer(WireMockConfiguration.options().dynamicPort()
            .bindAddress("127.0.0.1"));

    static {
        SMTP.start();
        WEBHOOK.start();
        WEBHOOK.stubFor(post(urlEqualTo("/hooks/supervisors")).willReturn(aResponse().withStatus(200)));
    }

    @DynamicPropertySource
    static void supervision(DynamicPropertyRegistry registry) {
        registry.add("ccr.channels.email.smtp.host", () -> "127.0.0.1");
        registry.add("ccr.channels.email.smtp.port", () -> SMTP.getSmtp().getPort());
        registry.add("ccr.channels.email.smtp.starttls", () -> "false");
        registry.add("ccr.alerts.enabled", () -> "true");
        registry.add("ccr.alerts.digest-window", () -> "1s");
        registry.add("ccr.alerts.retry-delay", () -> "200ms");
        registry.add("ccr.alerts.email.enabled", () -> "true");
        registry.add("ccr.alerts.email.recipients", () -> SUPERVISORS_MAILBOX);
        registry.add("ccr.alerts.webhook.url", () -> WEBHOOK.baseUrl() + "/hooks/supervisors");
        registry.add("ccr.status-page.max-attempts", () -> STATUS_PAGE_ATTEMPTS);
    }

    @LocalServerPort
    protected int port;
    @Autowired
    private OfficerAccounts accounts;
    @Autowired
    private PasswordEncoder encoder;

    @BeforeEach
    void supervisorAccount() {
        accounts.save(SUPERVISOR, "Sam Supervisor", Role.SUPERVISOR, encoder.encode(PASSWORD), Instant.now());
    }
}
