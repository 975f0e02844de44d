package org.contactrouter.deadletter;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;

import org.contactrouter.broker.QueueNames;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jms.core.JmsTemplate;
import org.springframework.stereotype.Service;

/**
 * The dead-letter queue as administrators see it: each contact that could not be processed, with the cause, and
 * the means to send it back to its inbound queue (once the cause is mended) or discard it.
 */
@Service
public class DeadLetters {

    private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);
    private static final int PREVIEW_LENGTH = 500;
    private static final int MAX_LISTED = 500;

    private final JmsTemplate jms;
    private final QueueNames queues;

    public DeadLetters(JmsTemplate jms, QueueNames queues) {
        this.jms = jms;
        this.queues = queues;
    }

    /** One dead-lettered contact. */
    public record DeadLetter(String id, String cause, String failedAt, String inboundQueue, String preview) {
    }

    public List<DeadLetter> list() {
        return jms.browse(queues.deadLetter(), (session, browser) -> {
            List<DeadLetter> letters = new ArrayList<>();
            var messages = browser.getEnumeration();
            while (messages.hasMoreElements() && letters.size() < MAX_LISTED) {
                letters.add(describe((Message) messages.nextElement()));
            }
            return letters;
        });
    }

    /** Sends the contact back to the queue it failed on; false when there is no such dead letter. */
    public boolean replay(String id) {
        Optional<Message> taken = take(id);
        taken.ifPresent(message -> {
            try {
                String queue = message.getStringProperty("ccrInboundQueue");
                if (queue == null) {
                    throw new IllegalStateException("dead letter " + id + " does not say which queue it came from");
                }
                String body = ((TextMessage) message).getText();
                jms.convertAndSend(queue, body);
                log.warn("Dead letter {} replayed to {} by an administrator", id, queue);
            } catch (JMSException e) {
                throw new IllegalStateException("could not replay dead letter " + id, e);
            }
        });
        return taken.isPresent();
    }

    /** Removes the dead letter for good; false when there is no such dead letter. */
    public boolean discard(String id) {
        boolean discarded = take(id).isPresent();
        if (discarded) {
            log.warn("Dead letter {} discarded by an administrator", id);
        }
        return discarded;
    }

    private Optional<Message> take(String id) {
        if (!id.matches("[A-Za-z0-9:\\-]+")) {
            return Optional.empty();
        }
        long previous = jms.getReceiveTimeout();
        jms.setReceiveTimeout(JmsTemplate.RECEIVE_TIMEOUT_NO_WAIT);
        try {
            return Optional.ofNullable(jms.receiveSelected(queues.deadLetter(), "JMSMessageID = '" + id + "'"));
        } finally {
            jms.setReceiveTimeout(previous);
        }
    }

    private static DeadLetter describe(Message message) throws JMSException {
        String body = message instanceof TextMessage text ? text.getText() : "(not text)";
        String preview = body == null ? "" : body.length() > PREVIEW_LENGTH ? body.substring(0, PREVIEW_LENGTH) + "…" : body;
        return new DeadLetter(message.getJMSMessageID(), message.getStringProperty("ccrFailureCause"),
                message.getStringProperty("ccrFailedAt"), message.getStringProperty("ccrInboundQueue"), preview);
    }
}
