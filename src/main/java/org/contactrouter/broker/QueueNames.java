package org.contactrouter.broker;

import java.util.Map;

import org.contactrouter.contact.Channel;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;

/**
 * Names of the broker destinations ({@code ccr.queues} in config/application.yml).
 *
 * @param inbound     the durable inbound queue of each channel
 * @param outbound    the durable queue of replies waiting to go out on each sending channel (email, social)
 * @param deadLetter  where contacts that cannot be processed go, with their cause
 * @param caseEvents  the topic every case change is published on
 */
@Validated
@ConfigurationProperties("ccr.queues")
public record QueueNames(@NotEmpty Map<String, String> inbound, @NotEmpty Map<String, String> outbound,
                         @NotBlank String deadLetter, @NotBlank String caseEvents) {

    public QueueNames {
        for (Channel channel : Channel.values()) {
            if (inbound == null || inbound.get(channel.key()) == null || inbound.get(channel.key()).isBlank()) {
                throw new IllegalArgumentException("ccr.queues.inbound." + channel.key()
                        + " is missing: every channel needs an inbound queue name");
            }
        }
    }

    public String inboundFor(Channel channel) {
        return inbound.get(channel.key());
    }

    public String outboundFor(Channel channel) {
        String queue = outbound.get(channel.key());
        if (queue == null) {
            throw new IllegalStateException("ccr.queues.outbound." + channel.key() + " is not configured");
        }
        return queue;
    }
}
