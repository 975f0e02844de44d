package org.contactrouter.sla.engine;

import jakarta.jms.ConnectionFactory;

import org.contactrouter.broker.QueueNames;
import org.springframework.jms.core.JmsTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Publishes alerts on the case-events topic. Its JMS session is transacted and bound to the surrounding database
 * transaction: the message is committed right after the database commits, and discarded if the database rolls
 * back, so a message never announces an alert the database did not record. (Without XA, a crash between the two
 * commits can lose the message; the case_event row remains the record.)
 */
@Component
class SlaAlertPublisher {

    static final String KIND_PROPERTY = "ccrEventKind";

    private final JmsTemplate jms;
    private final String topic;
    private final JsonMapper json;

    SlaAlertPublisher(ConnectionFactory connectionFactory, QueueNames queues, JsonMapper json) {
        // Its own template: the shared one is not transacted, and changing it would change how replies are queued.
        this.jms = new JmsTemplate(connectionFactory);
        this.jms.setPubSubDomain(true);
        this.jms.setSessionTransacted(true);
        this.topic = queues.caseEvents();
        this.json = json;
    }

    void publish(SlaAlert alert) {
        jms.convertAndSend(topic, json.writeValueAsString(alert), message -> {
            message.setStringProperty(KIND_PROPERTY, alert.kind().name());
            return message;
        });
    }
}
