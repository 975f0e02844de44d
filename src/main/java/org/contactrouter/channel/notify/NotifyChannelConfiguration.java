package org.contactrouter.channel.notify;

import java.time.Clock;

import org.contactrouter.channel.email.EmailChannelProperties;
import org.contactrouter.reply.ReplyDeliveryReports;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import uk.gov.service.notify.NotificationClient;
import uk.gov.service.notify.NotificationClientApi;

/**
 * GOV.UK Notify as the email channel's sender, wired only when the email channel is enabled and
 * {@code ccr.channels.email.sender} is {@code notify} (the SMTP sender is left out then, see
 * EmailChannelConfiguration).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("ccr.channels.email.enabled")
@ConditionalOnProperty(name = "ccr.channels.email.sender", havingValue = "notify")
public class NotifyChannelConfiguration {

    @Bean
    NotificationClientApi notificationClient(NotifyProperties settings) {
        settings.requireComplete();
        return new NotificationClient(settings.apiKey(), settings.baseUrl());
    }

    @Bean
    NotifyNotifications notifyNotifications(JdbcClient jdbc) {
        return new NotifyNotifications(jdbc);
    }

    @Bean
    NotifyReplySender notifyReplySender(NotificationClientApi notificationClient, NotifyProperties settings,
                                        NotifyNotifications notifications, EmailChannelProperties email, Clock clock) {
        return new NotifyReplySender(notificationClient, settings, notifications, email.councilName(), clock);
    }

    @Bean
    NotifyDeliveryStatus notifyDeliveryStatus(NotificationClientApi notificationClient,
                                              NotifyNotifications notifications, ReplyDeliveryReports reports,
                                              TransactionTemplate transaction, NotifyProperties settings,
                                              Clock clock) {
        return new NotifyDeliveryStatus(notificationClient, notifications, reports, transaction, clock,
                settings.statusChecksPerPoll());
    }
}
