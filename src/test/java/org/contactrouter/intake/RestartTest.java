package org.contactrouter.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.apache.camel.CamelContext;
import org.contactrouter.ContactRouterApplication;
import org.contactrouter.TestDataDirectory;
import org.contactrouter.contact.Channel;
import org.contactrouter.contact.Contact;
import org.contactrouter.contact.Identity;
import org.contactrouter.contact.Sender;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Stopping and starting the application keeps every case and processes the contacts that were queued but not yet
 * consumed: the embedded broker's journal and the database file both survive the restart.
 */
class RestartTest {

    @Test
    void casesSurviveARestartAndQueuedContactsAreProcessedAfterIt() throws Exception {
        Path dataDir = TestDataDirectory.create("restart");
        List<Contact> processedBefore = contacts("before", 5);
        List<Contact> queuedDuringStop = contacts("queued", 20);

        try (ConfigurableApplicationContext first = start(dataDir)) {
            ContactGateway gateway = first.getBean(ContactGateway.class);
            processedBefore.forEach(gateway::submit);
            JdbcClient jdbc = first.getBean(JdbcClient.class);
            await().atMost(Duration.ofSeconds(20)).until(() -> caseCount(jdbc) == processedBefore.size());

            // Intake stops consuming; the contacts accepted now wait on the durable queue.
            CamelContext camel = first.getBean(CamelContext.class);
            for (String route : List.of("intake-phone", "intake-email", "intake-web", "intake-social")) {
                camel.getRouteController().stopRoute(route);
            }
            queuedDuringStop.forEach(gateway::submit);
            assertThat(caseCount(jdbc)).isEqualTo(processedBefore.size());
        }

        try (ConfigurableApplicationContext second = start(dataDir)) {
            JdbcClient jdbc = second.getBean(JdbcClient.class);
            int expected = processedBefore.size() + queuedDuringStop.size();
            await().atMost(Duration.ofSeconds(30)).until(() -> caseCount(jdbc) == expected);
            assertThat(jdbc.sql("select count(*) from contact").query(Long.class).single()).isEqualTo(expected);
        }
    }

    private static ConfigurableApplicationContext start(Path dataDir) {
        return new SpringApplicationBuilder(ContactRouterApplication.class)
                .run("--ccr.data-dir=" + dataDir, "--server.port=0");
    }

    private static long caseCount(JdbcClient jdbc) {
        return jdbc.sql("select count(*) from cases").query(Long.class).single();
    }

    private static List<Contact> contacts(String prefix, int count) {
        List<Contact> contacts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            contacts.add(Contact.builder(Channel.PHONE, "asterisk-cdr", prefix + "-" + i, Instant.now())
                    .sender(Sender.of(null, Identity.phone("+4477009001" + String.format("%02d", i))))
                    .subject("Missed call").build());
        }
        return contacts;
    }
}
