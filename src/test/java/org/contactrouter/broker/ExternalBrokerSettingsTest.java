package org.contactrouter.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.jms.Connection;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;

import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.config.impl.SecurityConfiguration;
import org.apache.activemq.artemis.core.security.Role;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.apache.activemq.artemis.spi.core.security.ActiveMQJAASSecurityManager;
import org.apache.activemq.artemis.spi.core.security.jaas.InVMLoginModule;
import org.contactrouter.FreePort;
import org.contactrouter.TestDataDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An external broker knows nothing of the application's queues; it is given the same redelivery and dead-letter
 * settings the embedded broker is built with. Here a real persistent Artemis broker with security on, reached over
 * TCP as an external one is, stands in for the council's.
 */
class ExternalBrokerSettingsTest {

    private static final QueueNames QUEUES = new QueueNames(
            Map.of("phone", "contacts.in.phone", "email", "contacts.in.email", "web", "contacts.in.web",
                    "social", "contacts.in.social", "sms", "contacts.in.sms", "post", "contacts.in.post"),
            Map.of("email", "replies.out.email"), "contacts.dead", "cases.events");

    private final Path journal = TestDataDirectory.create("external-broker");
    private final int port = FreePort.pick();
    private EmbeddedActiveMQ broker;

    @BeforeEach
    void startBroker() throws Exception {
        broker = startedBroker();
    }

    @AfterEach
    void stopBroker() throws Exception {
        broker.stop();
    }

    @Test
    void theDeadLetterQueueAndEachQueuesRedeliverySettingsAreAddedAndKeptAcrossARestart() throws Exception {
        configure("operator");

        assertPrepared();
        broker.stop();
        broker = startedBroker();
        assertPrepared();
    }

    @Test
    void aContactRolledBackUntilItsAttemptsRunOutGoesToTheApplicationsDeadLetterQueue() throws Exception {
        // Two attempts 50 ms apart rather than 300 over hours, so that the test sees the end of the road.
        AddressPolicies quick = () -> Map.of("contacts.in.phone", new AddressSettings().setRedeliveryDelay(50)
                .setMaxDeliveryAttempts(2).setDeadLetterAddress(SimpleString.of("contacts.dead"))
                .setAutoCreateDeadLetterResources(false));
        try (ActiveMQConnectionFactory factory = factory("operator")) {
            settings(factory, quick).afterSingletonsInstantiated();
        }

        try (ActiveMQConnectionFactory factory = factory("operator");
             Connection connection = factory.createConnection()) {
            connection.start();
            Session sender = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            sender.createProducer(sender.createQueue("contacts.in.phone")).send(sender.createTextMessage("call"));
            Session intake = connection.createSession(true, Session.SESSION_TRANSACTED);
            MessageConsumer consumer = intake.createConsumer(intake.createQueue("contacts.in.phone"));
            for (int attempt = 1; attempt <= 2; attempt++) {
                assertThat(consumer.receive(5_000)).as("delivery %d", attempt).isNotNull();
                intake.rollback();
            }
            assertThat(consumer.receive(500)).as("no third delivery").isNull();
            Message dead = sender.createConsumer(sender.createQueue("contacts.dead")).receive(5_000);
            assertThat(dead).isNotNull();
            assertThat(dead.getBody(String.class)).isEqualTo("call");
        }
    }

    @Test
    void aBrokerUserWithoutTheManagePermissionStopsStartUpSayingWhatToDo() {
        assertThatThrownBy(() -> configure("worker"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("did not take the dead-letter queue contacts.dead")
                .hasMessageContaining("'manage' permission on activemq.management")
                .hasMessageContaining("ccr.broker.configure-external=false")
                .hasMessageContaining("\"name\":\"contacts.dead\"");
        assertThat((Object) broker.getActiveMQServer().getAddressSettingsRepository().getMatch("contacts.in.phone")
                .getDeadLetterAddress()).isNull();
    }

    private void configure(String user) throws Exception {
        AddressPolicies policies = new BrokerConfiguration().contactAndReplyQueuePolicies(QUEUES,
                Duration.ofSeconds(1), Duration.ofSeconds(2));
        try (ActiveMQConnectionFactory factory = factory(user)) {
            settings(factory, policies).afterSingletonsInstantiated();
        }
    }

    private void assertPrepared() {
        var deadLetters = broker.getActiveMQServer().locateQueue("contacts.dead");
        assertThat(deadLetters).as("dead-letter queue").isNotNull();
        assertThat(deadLetters.isDurable()).isTrue();
        assertThat(deadLetters.isAutoDelete()).as("deleted once empty").isFalse();
        var repository = broker.getActiveMQServer().getAddressSettingsRepository();
        for (String inbound : QUEUES.inbound().values()) {
            AddressSettings settings = repository.getMatch(inbound);
            assertThat((Object) settings.getDeadLetterAddress()).hasToString("contacts.dead");
            assertThat(settings.getMaxDeliveryAttempts()).isEqualTo(BrokerConfiguration.INTAKE_MAX_DELIVERY_ATTEMPTS);
            assertThat(settings.getRedeliveryDelay()).isEqualTo(1_000);
            assertThat(settings.getRedeliveryMultiplier()).isEqualTo(2.0);
            assertThat(settings.getMaxRedeliveryDelay()).isEqualTo(BrokerConfiguration.INTAKE_MAX_REDELIVERY_DELAY_MS);
        }
        AddressSettings replies = repository.getMatch("replies.out.email");
        assertThat(replies.getMaxDeliveryAttempts()).isEqualTo(-1);
        assertThat(replies.getRedeliveryDelay()).isEqualTo(2_000);
        assertThat(replies.getMaxRedeliveryDelay()).isEqualTo(BrokerConfiguration.REPLY_MAX_REDELIVERY_DELAY_MS);
    }

    private static ExternalBrokerSettings settings(ActiveMQConnectionFactory factory, AddressPolicies policies) {
        return new ExternalBrokerSettings(factory, List.of(policies), BrokerConfiguration.deadLetterQueue(QUEUES),
                "activemq.management", Duration.ofSeconds(10));
    }

    private ActiveMQConnectionFactory factory(String user) {
        return new ActiveMQConnectionFactory("tcp://localhost:" + port, user, "secret-" + user);
    }


    /** Persistent, with security: "operator" may manage the broker (as artemis create's user), "worker" may not. */
    private EmbeddedActiveMQ startedBroker() throws Exception {
        ConfigurationImpl configuration = new ConfigurationImpl();
        configuration.setPersistenceEnabled(true).setSecurityEnabled(true)
                .setJournalDirectory(journal.resolve("journal").toString())
                .setBindingsDirectory(journal.resolve("bindings").toString())
                .setLargeMessagesDirectory(journal.resolve("large").toString())
                .setPagingDirectory(journal.resolve("paging").toString())
                .addAcceptorConfiguration("tcp", "tcp://localhost:" + port);
        configuration.putSecurityRoles("#", Set.of(
                new Role("admin", true, true, true, true, true, true, true),
                new Role("app", true, true, true, true, true, true, false)));
        SecurityConfiguration users = new SecurityConfiguration();
        users.addUser("operator", "secret-operator");
        users.addRole("operator", "admin");
        users.addUser("worker", "secret-worker");
        users.addRole("worker", "app");
        EmbeddedActiveMQ started = new EmbeddedActiveMQ().setConfiguration(configuration)
                .setSecurityManager(new ActiveMQJAASSecurityManager(InVMLoginModule.class.getName(), users));
        started.start();
        return started;
    }
}
