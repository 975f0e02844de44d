package org.contactrouter.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.server.ActiveMQServer;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.contactrouter.ContactRouterApplication;
import org.contactrouter.FreePort;
import org.contactrouter.TestDataDirectory;
import org.contactrouter.contact.Channel;
import org.contactrouter.contact.Contact;
import org.contactrouter.contact.Identity;
import org.contactrouter.contact.Sender;
import org.contactrouter.intake.ContactGateway;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Issue 8, 1(c): the PostgreSQL server stops while contacts arrive. They stay on their inbound queues (the intake
 * transaction rolls back and the broker redelivers with back-off; nothing is dead-lettered), a citizen submitting
 * meanwhile gets a 503 asking them to try again, and when the same server comes back on the same port and data
 * every contact becomes a case.
 */
class DatabaseOutageTest {

    private static final Duration WAIT = Duration.ofSeconds(40);
    private static final List<String> QUEUES = List.of("contacts.in.phone", "contacts.in.email", "contacts.in.social");

    private final Path pgData = TestDataDirectory.create("outage-pg");
    private final int pgPort = FreePort.pick();

    @Test
    void contactsWaitOnTheirQueuesWhileTheDatabaseIsDownAndBecomeCasesWhenItReturns() throws Exception {
        EmbeddedPostgres database = startDatabase();
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(ContactRouterApplication.class).run(
                "--ccr.data-dir=" + TestDataDirectory.create("outage-app"), "--server.port=0",
                "--spring.datasource.url=jdbc:postgresql://localhost:" + pgPort + "/postgres",
                "--spring.datasource.username=postgres", "--spring.datasource.password=",
                // Fail a connection attempt in 1 s rather than 30 s, and redeliver sooner, to keep the test short.
                "--spring.datasource.hikari.connection-timeout=1000", "--ccr.intake.redelivery-delay=250ms")) {
            ContactGateway gateway = app.getBean(ContactGateway.class);
            ActiveMQServer broker = app.getBean(EmbeddedActiveMQ.class).getActiveMQServer();
            MockMvc mvc = MockMvcBuilders.webAppContextSetup((WebApplicationContext) app)
                    .apply(SecurityMockMvcConfigurers.springSecurity()).build();

            // What the wait below rests on: each inbound queue's back-off and dead-letter queue, and that queue
            // declared (the broker drops what it dead-letters to an address without a queue).
            for (String queue : QUEUES) {
                var settings = broker.getAddressSettingsRepository().getMatch(queue);
                assertThat((Object) settings.getDeadLetterAddress()).as(queue).hasToString("contacts.dead");
                assertThat(settings.getRedeliveryDelay()).as(queue).isEqualTo(250);
            }
            assertThat(broker.locateQueue(SimpleString.of("contacts.dead")).isAutoDelete()).isFalse();

            database.close();
            List<Contact> contacts = contacts();
            contacts.forEach(gateway::submit);

            await("contacts kept on their queues, none dead-lettered").atMost(WAIT)
                    .during(Duration.ofSeconds(4)).pollInterval(Duration.ofMillis(200))
                    .until(() -> waiting(broker) == contacts.size() && messages(broker, "contacts.dead") == 0);
            MockHttpServletResponse refused = mvc.perform(post("/open311/v2/requests.json")
                    .contentType(MediaType.APPLICATION_FORM_URLENCODED).param("service_code", "pothole")
                    .param("address_string", "1 High Street").param("description", "Pothole"))
                    .andReturn().getResponse();
            assertThat(refused.getStatus()).isEqualTo(503);
            assertThat(refused.getContentAsString()).contains("Please try again");

            database = startDatabase();
            await("every contact a case once the database is back").atMost(WAIT).ignoreExceptions()
                    .until(() -> storedContacts(app, contacts) == contacts.size());
            // A batch's broker transaction commits just after its database transaction, so the queues empty a moment
            // after the last contact is stored.
            await("inbound queues emptied").atMost(WAIT).until(() -> waiting(broker) == 0);
            assertThat(messages(broker, "contacts.dead")).isZero();
        } finally {
            database.close();
        }
    }

    private static List<Contact> contacts() {
        List<Contact> contacts = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            contacts.add(Contact.builder(Channel.PHONE, "council-csv", "db-outage-call-" + i, Instant.now())
                    .sender(Sender.of(null, Identity.phone("+4477009004" + String.format("%02d", i)))).build());
            contacts.add(Contact.builder(Channel.EMAIL, "general", "db-outage-mail-" + i + "@example.org", Instant.now())
                    .sender(Sender.of(null, Identity.email("outage" + i + "@example.org"))).subject("Bins")
                    .body("Missed bin").build());
        }
        contacts.add(Contact.builder(Channel.SOCIAL, "bluesky", "db-outage-post", Instant.now())
                .sender(Sender.of(null, Identity.social("bluesky", "citizen.example"))).body("@council bins").build());
        return contacts;
    }

    private static long waiting(ActiveMQServer broker) {
        return QUEUES.stream().mapToLong(queue -> messages(broker, queue)).sum();
    }

    /** Messages on a queue, those waiting for their redelivery time included. */
    private static long messages(ActiveMQServer broker, String queue) {
        var found = broker.locateQueue(SimpleString.of(queue));
        return found == null ? 0 : found.getMessageCount();
    }

    private static long storedContacts(ConfigurableApplicationContext app, List<Contact> contacts) {
        return app.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
                .sql("select count(*) from contact where channel_message_id in (:ids)")
                .param("ids", contacts.stream().map(Contact::channelMessageId).toList())
                .query(Long.class).single();
    }

    private EmbeddedPostgres startDatabase() {
        try {
            return EmbeddedPostgres.builder().setPort(pgPort).setDataDirectory(pgData)
                    .setCleanDataDirectory(false).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
