package org.contactrouter.channel.social;

import java.time.Clock;
import java.util.List;

import org.contactrouter.channel.social.bluesky.BlueskyNetwork;
import org.contactrouter.channel.social.meta.MetaNetwork;
import org.contactrouter.channel.social.twitter.TwitterNetwork;
import org.contactrouter.intake.ContactGateway;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Wires the social channel: one {@link SocialNetwork} bean and one health indicator per enabled network (named after
 * it on /actuator/health), the pollers routes/social.yaml drives, and the sender of officers' replies. A network
 * that is off has no bean, so it is neither polled nor offered for replies (nor, for Meta, given a webhook).
 */
@Configuration(proxyBeanMethods = false)
public class SocialChannelConfiguration {

    static final String TWITTER_ENABLED = SocialChannelProperties.PREFIX + "twitter.enabled";
    static final String BLUESKY_ENABLED = SocialChannelProperties.PREFIX + "bluesky.enabled";
    static final String META_ENABLED = SocialChannelProperties.PREFIX + "meta.enabled";

    @Bean
    @ConditionalOnBooleanProperty(TWITTER_ENABLED)
    TwitterNetwork twitterNetwork(SocialChannelProperties properties, Clock clock) {
        return new TwitterNetwork(properties.twitter().settings(), clock);
    }

    @Bean
    @ConditionalOnBooleanProperty(BLUESKY_ENABLED)
    BlueskyNetwork blueskyNetwork(SocialChannelProperties properties, Clock clock) {
        return new BlueskyNetwork(properties.bluesky().settings(), clock);
    }

    @Bean
    @ConditionalOnBooleanProperty(META_ENABLED)
    MetaNetwork metaNetwork(SocialChannelProperties properties, Clock clock) {
        return new MetaNetwork(properties.meta().settings(), clock);
    }

    @Bean
    JdbcCheckpointStore socialCheckpoints(JdbcClient jdbc, Clock clock) {
        return new JdbcCheckpointStore(jdbc, clock);
    }

    @Bean
    SocialPolling socialPolling(ObjectProvider<SocialNetwork> networks, JdbcCheckpointStore socialCheckpoints,
                                ContactGateway gateway, Clock clock) {
        return new SocialPolling(enabled(networks), socialCheckpoints, gateway, clock);
    }

    @Bean
    SocialReplySender socialReplySender(ObjectProvider<SocialNetwork> networks, SocialPolling socialPolling,
                                        Clock clock) {
        return new SocialReplySender(enabled(networks), clock, socialPolling::report);
    }

    @Bean
    @ConditionalOnBooleanProperty(TWITTER_ENABLED)
    HealthIndicator twitterHealthIndicator(SocialPolling socialPolling) {
        return indicator(socialPolling, "twitter");
    }

    @Bean
    @ConditionalOnBooleanProperty(BLUESKY_ENABLED)
    HealthIndicator blueskyHealthIndicator(SocialPolling socialPolling) {
        return indicator(socialPolling, "bluesky");
    }

    @Bean
    @ConditionalOnBooleanProperty(META_ENABLED)
    HealthIndicator metaHealthIndicator(SocialPolling socialPolling) {
        return indicator(socialPolling, MetaNetwork.NETWORK);
    }

    /** The enabled networks; none at all is a valid configuration. */
    private static List<SocialNetwork> enabled(ObjectProvider<SocialNetwork> networks) {
        return networks.orderedStream().toList();
    }

    private static HealthIndicator indicator(SocialPolling polling, String network) {
        return new ChannelHealthIndicator(polling.poller(network).orElseThrow()::health);
    }
}
