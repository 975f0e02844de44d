package org.contactrouter.channel.notify;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.contactrouter.ApplicationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the tests of a channel that sends through GOV.UK Notify, played by WireMock on loopback: the key and the
 * address of that server, and statuses read back and failed replies retried quickly. Each subclass sets its own
 * channel on and its templates.
 */
@DirtiesContext // the context talks to this server, which stops with the class
public abstract class NotifyApplicationTest extends ApplicationTest {

    /** Started per class (the PostgreSQL subclasses run the same tests against their own): read only once running. */
    protected static WireMockServer notify;

    @BeforeAll
    static void startNotify() {
        notify = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        notify.start();
    }

    @DynamicPropertySource
    static void notifyServer(DynamicPropertyRegistry registry) {
        String notifySettings = "ccr.channels.notify.";
        registry.add(notifySettings + "api-key", () -> "ccr_test-" + UUID.randomUUID() + "-" + UUID.randomUUID());
        registry.add(notifySettings + "base-url", () -> notify.baseUrl());
        registry.add(notifySettings + "status-poll-interval", () -> "200ms");
        registry.add("ccr.replies.redelivery-delay", () -> "300ms");
    }

    @AfterAll
    static void stopNotify() {
        notify.stop();
    }
}
