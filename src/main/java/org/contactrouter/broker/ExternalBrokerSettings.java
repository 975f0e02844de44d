package org.contactrouter.broker;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.activemq.artemis.api.core.QueueConfiguration;
import org.apache.activemq.artemis.api.core.management.ResourceNames;
import org.apache.activemq.artemis.api.jms.management.JMSManagementHelper;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;

import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TemporaryQueue;

/**
 * Gives an external Artemis broker what the embedded one is built with, through the broker's management address,
 * before any route starts consuming: the dead-letter queue as a durable queue of its own, and each queue's
 * redelivery and dead-letter settings. Without them a broker made by {@code artemis create} redelivers a rolled-back
 * contact ten times without pause and then moves it to its own DLQ, where the dead-letter page never sees it,
 * instead of waiting out a database outage; and a dead-letter address with no queue makes the broker drop what it
 * moves there.
 * <p>
 * The broker stores what is added this way in its journal; the settings replace a broker.xml entry for the same
 * queue. A broker that refuses (the user lacks the {@code manage} permission) stops start-up with the settings to
 * put in broker.xml instead; {@code ccr.broker.configure-external=false} leaves the broker alone.
 */
public class ExternalBrokerSettings implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(ExternalBrokerSettings.class);

    private final ConnectionFactory connectionFactory;
    private final List<AddressPolicies> policies;
    private final QueueConfiguration deadLetterQueue;
    private final String managementAddress;
    private final Duration timeout;

    public ExternalBrokerSettings(ConnectionFactory connectionFactory, List<AddressPolicies> policies,
            QueueConfiguration deadLetterQueue, String managementAddress, Duration timeout) {
        this.connectionFactory = connectionFactory;
        this.policies = policies;
        this.deadLetterQueue = deadLetterQueue;
        this.managementAddress = managementAddress;
        this.timeout = timeout;
    }

    @Override
    public void afterSingletonsInstantiated() {
        try (Connection connection = connectionFactory.createConnection();
             Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE)) {
            TemporaryQueue replies = session.createTemporaryQueue();
            try (MessageProducer requests = session.createProducer(session.createQueue(managementAddress));
                 MessageConsumer answers = session.createConsumer(replies)) {
                connection.start();
                Management management = new Management(session, requests, answers, replies);
                String dlq = deadLetterQueue.toJSON();
                management.invoke("the dead-letter queue " + deadLetterQueue.getName(), "queue " + dlq,
                        "createQueue", dlq, true);
                List<String> configured = new ArrayList<>();
                for (AddressPolicies policy : policies) {
                    for (Map.Entry<String, AddressSettings> queue : policy.settingsByQueue().entrySet()) {
                        String json = queue.getValue().toJSON();
                        management.invoke("the settings of queue " + queue.getKey(),
                                "an address-setting for " + queue.getKey() + " equivalent to " + json,
                                "addAddressSettings", queue.getKey(), json);
                        configured.add(queue.getKey());
                    }
                }
                log.info("External broker given the dead-letter queue {} and the redelivery settings of {}",
                        deadLetterQueue.getName(), configured);
            } finally {
                replies.delete();
            }
        } catch (JMSException e) {
            throw new IllegalStateException("Could not reach the external broker's management address "
                    + managementAddress + ": " + e.getMessage(), e);
        }
    }

    /** One broker operation at a time, each answered on the temporary queue. */
    private final class Management {
        private final Session session;
        private final MessageProducer requests;
        private final MessageConsumer answers;
        private final TemporaryQueue replies;

        Management(Session session, MessageProducer requests, MessageConsumer answers, TemporaryQueue replies) {
            this.session = session;
            this.requests = requests;
            this.answers = answers;
            this.replies = replies;
        }

        void invoke(String what, String brokerXmlEquivalent, String operation, Object... arguments) {
            String refusal;
            try {
                Message request = session.createMessage();
                JMSManagementHelper.putOperationInvocation(request, ResourceNames.BROKER, operation, arguments);
                request.setJMSReplyTo(replies);
                requests.send(request);
                Message answer = answers.receive(timeout.toMillis());
                if (answer != null && JMSManagementHelper.hasOperationSucceeded(answer)) {
                    return;
                }
                refusal = answer == null ? "no answer within " + timeout : String.valueOf(result(answer));
            } catch (JMSException e) {
                refusal = e.getMessage();
            }
            throw new IllegalStateException("The external broker did not take " + what + " (" + refusal
                    + "). Give the broker user the 'manage' permission on " + managementAddress
                    + ", or set ccr.broker.configure-external=false and add to broker.xml " + brokerXmlEquivalent
                    + " (README, \"Running with docker-compose\").");
        }

        private static Object result(Message answer) {
            try {
                return JMSManagementHelper.getResult(answer);
            } catch (Exception e) {
                return e.getMessage();
            }
        }
    }
}
