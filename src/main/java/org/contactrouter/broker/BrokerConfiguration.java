package org.contactrouter.broker;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.activemq.artemis.api.core.QueueConfiguration;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.artemis.autoconfigure.ArtemisConfigurationCustomizer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import jakarta.jms.ConnectionFactory;

/**
 * Settings of the broker: the embedded one is built with them; an external one (spring.artemis.mode=native) is given
 * the queues' redelivery and dead-letter settings at start-up.
 */
@Configuration(proxyBeanMethods = false)
public class BrokerConfiguration {

    /**
     * Spring Boot leaves the journal buffer timeout at Artemis' 3.33 ms, which caps a blocking persistent sender near
     * 270 messages/s on a small machine; 160 µs is what {@code artemis create} picks for such a disk (see README,
     * Benchmarks).
     */
    static final int JOURNAL_BUFFER_TIMEOUT_NANOS = 160_000;

    /** Deliveries of a contact before the broker moves it to the dead-letter queue: hours at the longest back-off. */
    static final int INTAKE_MAX_DELIVERY_ATTEMPTS = 300;

    static final long INTAKE_MAX_REDELIVERY_DELAY_MS = 60_000;

    static final long REPLY_MAX_REDELIVERY_DELAY_MS = 300_000;

    /**
     * @param intakeRedeliveryDelay the first wait before a contact rolled back by intake (database unreachable) is
     *                              delivered again ({@code ccr.intake.redelivery-delay}); it doubles up to 60 s
     * @param replyRedeliveryDelay  the first wait before a reply whose channel was down is tried again
     *                              ({@code ccr.replies.redelivery-delay}); it doubles up to 5 minutes
     */
    @Bean
    AddressPolicies contactAndReplyQueuePolicies(QueueNames queues,
            @Value("${ccr.intake.redelivery-delay:1s}") Duration intakeRedeliveryDelay,
            @Value("${ccr.replies.redelivery-delay:2s}") Duration replyRedeliveryDelay) {
        Map<String, AddressSettings> settings = new LinkedHashMap<>();
        // A contact rolled back because the database is unreachable waits on its queue and is tried again, ever more
        // slowly, for hours; contacts behind it are delivered meanwhile. Contacts that are simply invalid never come
        // back here: intake sends them to the dead-letter queue with their cause.
        queues.inbound().values().forEach(queue -> settings.put(queue, new AddressSettings()
                .setRedeliveryDelay(intakeRedeliveryDelay.toMillis())
                .setRedeliveryMultiplier(2.0)
                .setMaxRedeliveryDelay(INTAKE_MAX_REDELIVERY_DELAY_MS)
                .setMaxDeliveryAttempts(INTAKE_MAX_DELIVERY_ATTEMPTS)
                .setDeadLetterAddress(SimpleString.of(queues.deadLetter()))
                .setAutoCreateDeadLetterResources(false)));
        // A reply whose channel is down goes back to its queue and waits, ever longer, up to 5 minutes;
        // ReplyDispatcher counts the attempts and gives up after ccr.replies.max-attempts itself.
        queues.outbound().values().forEach(queue -> settings.put(queue, new AddressSettings()
                .setRedeliveryDelay(replyRedeliveryDelay.toMillis())
                .setRedeliveryMultiplier(2.0)
                .setMaxRedeliveryDelay(REPLY_MAX_REDELIVERY_DELAY_MS)
                .setMaxDeliveryAttempts(-1)));
        return () -> settings;
    }

    @Bean
    ArtemisConfigurationCustomizer embeddedBrokerSettings(QueueNames queues, List<AddressPolicies> policies) {
        return configuration -> {
            configuration.setJournalBufferTimeout_NIO(JOURNAL_BUFFER_TIMEOUT_NANOS);
            configuration.setJournalBufferTimeout_AIO(JOURNAL_BUFFER_TIMEOUT_NANOS);
            configuration.addQueueConfiguration(deadLetterQueue(queues));
            policies.forEach(policy -> policy.settingsByQueue().forEach(configuration::addAddressSetting));
        };
    }

    @Bean
    @ConditionalOnExpression("'${spring.artemis.mode:embedded}' == 'native' and ${ccr.broker.configure-external:true}")
    ExternalBrokerSettings externalBrokerSettings(ConnectionFactory connectionFactory, QueueNames queues,
            List<AddressPolicies> policies,
            @Value("${ccr.broker.management-address:activemq.management}") String managementAddress,
            @Value("${ccr.broker.management-timeout:10s}") Duration timeout) {
        return new ExternalBrokerSettings(connectionFactory, policies, deadLetterQueue(queues), managementAddress,
                timeout);
    }

    /**
     * Declared rather than left to be created on first use: the broker moves a contact whose deliveries ran out to
     * this address, and drops it if no queue is bound there; a queue it created on demand it would also delete again
     * once empty.
     */
    static QueueConfiguration deadLetterQueue(QueueNames queues) {
        return QueueConfiguration.of(queues.deadLetter()).setRoutingType(RoutingType.ANYCAST).setDurable(true)
                .setAutoCreated(false).setAutoDelete(false);
    }
}
