package org.contactrouter.channel.post;

import java.time.Clock;

import org.contactrouter.channel.email.EmailChannelProperties;
import org.contactrouter.channel.notify.NotifyNotifications;
import org.contactrouter.channel.notify.NotifyProperties;
import org.contactrouter.sla.SlaConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.gov.service.notify.NotificationClientApi;

/**
 * The letter channel, wired only when {@code ccr.channels.post.enabled}: the mapping of the post room's letters
 * ({@link LetterApiController}) and the sender of answers by letter. The Notify client, its letter templates and the
 * delivery status read-back come from NotifyChannelConfiguration.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(PostChannelConfiguration.ENABLED)
public class PostChannelConfiguration {

    static final String ENABLED = "ccr.channels.post.enabled";

    @Bean
    LetterRequestMapper letterRequestMapper(SlaConfiguration sla, Clock clock) {
        return new LetterRequestMapper(sla.calendar().zone(), clock);
    }

    @Bean
    NotifyLetterSender notifyLetterSender(NotificationClientApi notificationClient, NotifyProperties notify,
                                          NotifyNotifications notifications, EmailChannelProperties email,
                                          Clock clock) {
        return new NotifyLetterSender(notificationClient, notify, notifications, email.councilName(), clock);
    }
}
