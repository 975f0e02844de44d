package org.contactrouter.supervision;

import java.util.Map;

import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.contactrouter.broker.AddressPolicies;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The broker's redelivery of alert notifications whose email server or webhook was unreachable. */
@Configuration(proxyBeanMethods = false)
class AlertsBrokerSettings {

    /** Long enough that an outage is not hammered; short enough that supervisors hear within minutes after it. */
    static final long MAX_REDELIVERY_DELAY_MS = 600_000;

    @Bean
    AddressPolicies alertsRedelivery(AlertsProperties alerts) {
        return () -> Map.of(alerts.queue(), new AddressSettings()
                .setRedeliveryDelay(alerts.retryDelay().toMillis())
                .setRedeliveryMultiplier(2.0)
                .setMaxRedeliveryDelay(MAX_REDELIVERY_DELAY_MS)
                // AlertDispatcher counts attempts and gives up after ccr.alerts.max-attempts itself.
                .setMaxDeliveryAttempts(-1));
    }
}
