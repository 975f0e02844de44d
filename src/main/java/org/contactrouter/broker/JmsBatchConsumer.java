package org.contactrouter.broker;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.support.DefaultConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Each of the endpoint's consumers loops: wait for a message, take what else is already waiting up to the batch
 * size, run the route once for the batch, then commit the session, or roll it back when the route failed so the
 * broker delivers the whole batch again (with the queue's redelivery delay).
 */
class JmsBatchConsumer extends DefaultConsumer {

    /** Header with the number of messages in the batch. */
    static final String BATCH_SIZE = "ccrBatchSize";

    private static final Logger log = LoggerFactory.getLogger(JmsBatchConsumer.class);

    private final JmsBatchEndpoint endpoint;
    private volatile boolean running;
    private CountDownLatch stopping;
    private ExecutorService executor;

    JmsBatchConsumer(JmsBatchEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
        this.endpoint = endpoint;
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        running = true;
        stopping = new CountDownLatch(1);
        executor = getEndpoint().getCamelContext().getExecutorServiceManager()
                .newFixedThreadPool(this, "JmsBatch[" + endpoint.queue() + "]", endpoint.getConsumers());
        for (int n = 0; n < endpoint.getConsumers(); n++) {
            executor.execute(this::consumeUntilStopped);
        }
    }

    @Override
    protected void doStop() throws Exception {
        running = false;
        stopping.countDown();
        // Each consumer finishes the batch in hand (committed or rolled back) and notices within receiveTimeout.
        getEndpoint().getCamelContext().getExecutorServiceManager().shutdownGraceful(executor);
        super.doStop();
    }

    private void consumeUntilStopped() {
        while (running) {
            try (Connection connection = endpoint.connectionFactory().createConnection()) {
                Session session = connection.createSession(true, Session.SESSION_TRANSACTED);
                MessageConsumer consumer = session.createConsumer(session.createQueue(endpoint.queue()));
                connection.start();
                while (running) {
                    List<Message> batch = nextBatch(consumer);
                    if (!batch.isEmpty()) {
                        process(session, batch);
                    }
                }
            } catch (JMSException | RuntimeException e) {
                if (running) {
                    // Usually the broker connection; whatever it was, a fresh connection and session start clean.
                    log.warn("Consumer of {} failed ({}); reconnecting in {} ms", endpoint.queue(), e.toString(),
                            endpoint.getReconnectDelay());
                    awaitStop(endpoint.getReconnectDelay());
                }
            }
        }
    }

    private List<Message> nextBatch(MessageConsumer consumer) throws JMSException {
        Message first = consumer.receive(endpoint.getReceiveTimeout());
        if (first == null) {
            return List.of();
        }
        List<Message> batch = new ArrayList<>(Math.min(endpoint.getBatchSize(), 64));
        batch.add(first);
        while (batch.size() < endpoint.getBatchSize()) {
            Message next = consumer.receiveNoWait();
            if (next == null) {
                break;
            }
            batch.add(next);
        }
        return batch;
    }

    private void process(Session session, List<Message> batch) throws JMSException {
        Exchange exchange = createExchange(false);
        try {
            List<QueuedMessage> messages = new ArrayList<>(batch.size());
            for (Message message : batch) {
                messages.add(new QueuedMessage(message.getJMSMessageID(), endpoint.queue(),
                        message instanceof TextMessage text ? text.getText() : null));
            }
            exchange.getMessage().setBody(messages);
            exchange.getMessage().setHeader(BATCH_SIZE, batch.size());
            try {
                getProcessor().process(exchange);
            } catch (Exception e) {
                exchange.setException(e);
            }
            if (exchange.getException() == null) {
                session.commit();
            } else {
                session.rollback();
                log.warn("Batch of {} messages from {} rolled back, the broker will deliver them again: {}",
                        batch.size(), endpoint.queue(), exchange.getException().toString());
            }
        } finally {
            releaseExchange(exchange, false);
        }
    }

    private void awaitStop(long millis) {
        try {
            stopping.await(millis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
