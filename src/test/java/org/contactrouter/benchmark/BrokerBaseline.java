package org.contactrouter.benchmark;

import java.util.concurrent.CompletableFuture;

import jakarta.jms.BytesMessage;
import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSException;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Queue;
import jakarta.jms.Session;

/**
 * (a) The broker's own limit: persistent 1 KiB messages through the application's embedded broker (same journal,
 * same settings, in-VM like intake), one producer and one consumer running at once. Blocking: every send waits
 * for the journal, every receive is acknowledged on its own. Transacted: both sides commit every {@code batch}.
 */
final class BrokerBaseline {

    static final int MESSAGE_BYTES = 1024;
    private static final String QUEUE = "bench.baseline";

    private final ConnectionFactory connectionFactory;

    BrokerBaseline(ConnectionFactory connectionFactory) {
        this.connectionFactory = connectionFactory;
    }

    /** @return messages per second, producer start to last message consumed */
    double blocking(int messages) throws Exception {
        return run(messages, 1);
    }

    double transacted(int messages, int batch) throws Exception {
        return run(messages, batch);
    }

    private double run(int messages, int batch) throws Exception {
        boolean transacted = batch > 1;
        try (Connection connection = connectionFactory.createConnection()) {
            connection.start();
            Session consumerSession = connection.createSession(transacted,
                    transacted ? Session.SESSION_TRANSACTED : Session.AUTO_ACKNOWLEDGE);
            Queue queue = consumerSession.createQueue(QUEUE);
            MessageConsumer consumer = consumerSession.createConsumer(queue);
            long start = System.nanoTime();
            CompletableFuture<Void> produced = CompletableFuture.runAsync(() -> produce(connection, messages, batch));
            for (int received = 1; received <= messages; received++) {
                if (consumer.receive(30_000) == null) {
                    throw new IllegalStateException("baseline consumer starved after " + received + " messages");
                }
                if (transacted && (received % batch == 0 || received == messages)) {
                    consumerSession.commit();
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            produced.join();
            return messages / seconds;
        }
    }

    private static void produce(Connection connection, int messages, int batch) {
        boolean transacted = batch > 1;
        byte[] body = new byte[MESSAGE_BYTES];
        try (Session session = connection.createSession(transacted,
                transacted ? Session.SESSION_TRANSACTED : Session.AUTO_ACKNOWLEDGE)) {
            MessageProducer producer = session.createProducer(session.createQueue(QUEUE));
            producer.setDeliveryMode(DeliveryMode.PERSISTENT);
            for (int sent = 1; sent <= messages; sent++) {
                BytesMessage message = session.createBytesMessage();
                message.writeBytes(body);
                producer.send(message);
                if (transacted && (sent % batch == 0 || sent == messages)) {
                    session.commit();
                }
            }
        } catch (JMSException e) {
            throw new IllegalStateException(e);
        }
    }
}
