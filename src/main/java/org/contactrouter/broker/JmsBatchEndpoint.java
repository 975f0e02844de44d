package org.contactrouter.broker;

import jakarta.jms.ConnectionFactory;

import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.support.DefaultEndpoint;

/** A queue consumed in transacted batches; see {@link JmsBatchComponent}. */
public class JmsBatchEndpoint extends DefaultEndpoint {

    private final String queue;
    private final ConnectionFactory connectionFactory;
    private int batchSize = 100;
    private int consumers = 1;
    private long receiveTimeout = 500;
    private long reconnectDelay = 2000;

    JmsBatchEndpoint(String uri, JmsBatchComponent component, String queue, ConnectionFactory connectionFactory) {
        super(uri, component);
        this.queue = queue;
        this.connectionFactory = connectionFactory;
    }

    void validate() {
        if (batchSize < 1 || consumers < 1 || receiveTimeout < 1 || reconnectDelay < 1) {
            throw new IllegalArgumentException("jms-batch:" + queue + ": batchSize, consumers, receiveTimeout and "
                    + "reconnectDelay must be at least 1 (batchSize=" + batchSize + ", consumers=" + consumers
                    + ", receiveTimeout=" + receiveTimeout + ", reconnectDelay=" + reconnectDelay + ")");
        }
    }

    @Override
    public Producer createProducer() {
        throw new UnsupportedOperationException("jms-batch only consumes; send with the jms component");
    }

    @Override
    public Consumer createConsumer(Processor processor) throws Exception {
        JmsBatchConsumer consumer = new JmsBatchConsumer(this, processor);
        configureConsumer(consumer);
        return consumer;
    }

    String queue() {
        return queue;
    }

    ConnectionFactory connectionFactory() {
        return connectionFactory;
    }

    public int getBatchSize() {
        return batchSize;
    }

    /** Most messages in one transaction; a batch is whatever is waiting, up to this. */
    public void setBatchSize(int batchSize) {
        this.batchSize = batchSize;
    }

    public int getConsumers() {
        return consumers;
    }

    /** Concurrent consumers, each with its own connection and transacted session. */
    public void setConsumers(int consumers) {
        this.consumers = consumers;
    }

    public long getReceiveTimeout() {
        return receiveTimeout;
    }

    /** Milliseconds an idle consumer waits for a first message before looking whether it is being stopped. */
    public void setReceiveTimeout(long receiveTimeout) {
        this.receiveTimeout = receiveTimeout;
    }

    public long getReconnectDelay() {
        return reconnectDelay;
    }

    /** Milliseconds between attempts to reconnect after the broker connection failed. */
    public void setReconnectDelay(long reconnectDelay) {
        this.reconnectDelay = reconnectDelay;
    }
}
