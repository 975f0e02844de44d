package org.contactrouter.broker;

import java.time.Duration;

import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.artemis.autoconfigure.ArtemisConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Settings of the embedded Artemis broker (an external broker is configured in its own broker.xml; see
 * docker-compose.yml).
 */
@Configuration(proxyBeanMethods = false)
public class BrokerConfiguration {

    /**
     * Spring Boot leaves the journal buffer timeout at Artemis' 3.33 ms, which caps a blocking persistent sender near
     * 270 messages/s on a small machine; 160 µs is what {@code artemis create} picks for such a disk (see README,
     * Benchmarks).
     */
    static final int JOURNAL_BUFFER_TIMEOUT_NANOS = 160_000;

    /**
     * @param intakeRedeliveryDelay the first wait before a contact rolled back by intake (database unreachable) is
     *                              delivered again ({@code ccr.intake.redelivery-delay}); it doubles up to 60 s
     * @param replyRedeliveryDelay  the first wait before a reply whose channel was down is tried again
     *                              ({@code ccr.replies.redelivery-delay}); it doubles up to 5 minutes
     */
    @Bean
    ArtemisConfigurationCustomizer contactRouterBrokerSettings(QueueNames queues,
            @Value("${ccr.intake.redelivery-delay:1s}") Duration intakeRedeliveryDelay,
            @Value("${ccr.replies.redelivery-delay:2s}") Duration replyRedeliveryDelay) {
        return configuration -> {
            configuration.setJournalBufferTimeout_NIO(JOURNAL_BUFFER_TIMEOUT_NANOS);
            configuration.setJournalBufferTimeout_AIO(JOURNAL_BUFFER_TIMEOUT_NANOS);
            // A contact rolled back because the database is unreachable waits on its queue and is tried again,
            // ever more slowly, for hours; contacts behind it are delivered meanwhile. Contacts that are simply
            // invalid never come back here: intake sends them to the dead-letter queue with their cause.
            configuration.addAddressSetting("contacts.in.#", new AddressSettings()
                    .setRedeliveryDelay(intakeRedeliveryDelay.toMillis())
                    .setRedeliveryMultiplier(2.0)
                    .setMaxRedeliveryDelay(60_000)
                    .setMaxDeliveryAttempts(300)
                    .setDeadLetterAddress(SimpleString.of(queues.deadLetter()))
                    .setAutoCreateDeadLetterResources(false));
            // A reply whose channel is down goes back to its queue and waits, ever longer (from
            // ccr.replies.redelivery-delay), up to 5 minutes;
            // ReplyDispatcher counts the attempts and gives up after ccr.replies.max-attempts.
            configuration.addAddressSetting("replies.out.#", new AddressSettings()
                    .setRedeliveryDelay(replyRedeliveryDelay.toMillis())
                    .setRedeliveryMultiplier(2.0)
                    .setMaxRedeliveryDelay(300_000)
                    .setMaxDeliveryAttempts(-1));
        };
    }
}
