package org.contactrouter.channel.sms;

import java.time.Clock;

import org.contactrouter.channel.email.EmailChannelProperties;
import org.contactrouter.channel.notify.NotifyNotifications;
import org.contactrouter.channel.notify.NotifyProperties;
import org.contactrouter.channel.social.ChannelHealthIndicator;
import org.contactrouter.channel.social.JdbcCheckpointStore;
import org.contactrouter.intake.ContactGateway;
import org.contactrouter.reply.ReplyService;
import org.contactrouter.sla.SlaConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.gov.service.notify.NotificationClientApi;

/**
 * The text-message channel, wired only when {@code ccr.channels.sms.enabled}: the poller of Notify's received texts
 * (routes/sms.yaml), its health on /actuator/health as "sms", the sender of replies by text, and the acknowledgement.
 * The Notify client and the delivery status read-back come from NotifyChannelConfiguration.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("ccr.channels.sms.enabled")
public class SmsChannelConfiguration {

    @Bean
    ReceivedTextPoller receivedTextPoller(SmsChannelProperties settings, NotificationClientApi notificationClient,
                                          JdbcCheckpointStore socialCheckpoints, ContactGateway gateway, Clock clock) {
        settings.requireComplete();
        return new ReceivedTextPoller(notificationClient, socialCheckpoints, gateway::submit, clock);
    }

    @Bean
    HealthIndicator smsHealthIndicator(ReceivedTextPoller receivedTextPoller) {
        return new ChannelHealthIndicator(receivedTextPoller::health);
    }

    @Bean
    NotifySmsSender notifySmsSender(NotificationClientApi notificationClient, NotifyProperties notify,
                                    NotifyNotifications notifications, EmailChannelProperties email, Clock clock) {
        return new NotifySmsSender(notificationClient, notify, notifications, email.councilName(), clock);
    }

    @Bean
    SmsAcknowledgements smsAcknowledgements(ReplyService replies, SmsChannelProperties settings,
                                            SlaConfiguration sla) {
        return new SmsAcknowledgements(replies, settings, sla);
    }
}
