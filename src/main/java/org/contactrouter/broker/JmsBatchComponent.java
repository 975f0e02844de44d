package org.contactrouter.broker;

import java.util.Map;

import jakarta.jms.ConnectionFactory;

import org.apache.camel.Endpoint;
import org.apache.camel.support.DefaultComponent;
import org.springframework.jms.connection.SingleConnectionFactory;
import org.springframework.stereotype.Component;

/**
 * {@code jms-batch:<queue>?batchSize=100&consumers=2}: takes messages from a queue in local JMS transactions of up to
 * {@code batchSize} messages, hands the route one exchange whose body is the {@code List<QueuedMessage>}, and commits
 * the batch when the route succeeds or rolls it back (the broker delivers it again) when it fails. A route that
 * stores a batch in one database transaction pays one database commit and one journal sync per batch instead of
 * per message (README, Benchmarks). Only consuming: send with the {@code jms} component.
 */
@Component("jms-batch")
public class JmsBatchComponent extends DefaultComponent {

    private final ConnectionFactory connectionFactory;

    public JmsBatchComponent(ConnectionFactory connectionFactory) {
        // Each consumer holds its session for its lifetime: Spring's caching wrapper would add nothing.
        this.connectionFactory = connectionFactory instanceof SingleConnectionFactory cached
                && cached.getTargetConnectionFactory() != null ? cached.getTargetConnectionFactory() : connectionFactory;
    }

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        JmsBatchEndpoint endpoint = new JmsBatchEndpoint(uri, this, remaining, connectionFactory);
        setProperties(endpoint, parameters);
        endpoint.validate();
        return endpoint;
    }
}
