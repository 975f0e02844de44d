package org.contactrouter.cluster;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Leadership settings ({@code ccr.cluster} in config/application.yml), checked at start-up.
 *
 * @param leaseDuration how long a claim on a lease holds it
 * @param renewInterval how often the holder renews its leases and the others try to take them
 * @param instanceId    the name this instance holds leases under; empty for the host name plus a random suffix, so
 *                      that a restarted process or a second one on the same host is a different holder
 */
@ConfigurationProperties("ccr.cluster")
public record ClusterProperties(@DefaultValue("15s") Duration leaseDuration,
                                @DefaultValue("5s") Duration renewInterval,
                                String instanceId) {

    static final int MAX_INSTANCE_ID_LENGTH = 200;

    public ClusterProperties {
        new LeaseTerms(leaseDuration, renewInterval); // refuses durations that do not fit together
        if (instanceId == null || instanceId.isBlank()) {
            instanceId = hostName() + "-" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
        } else if (instanceId.length() > MAX_INSTANCE_ID_LENGTH) {
            throw new IllegalArgumentException("ccr.cluster.instance-id must be at most " + MAX_INSTANCE_ID_LENGTH
                    + " characters");
        }
    }

    public LeaseTerms terms() {
        return new LeaseTerms(leaseDuration, renewInterval);
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "instance";
        }
    }
}
