package org.contactrouter.channel.notify;

import java.time.Clock;

import org.contactrouter.channel.email.EmailChannelProperties;
import org.contactrouter.citizen.CitizenDirectory;
import org.contactrouter.reply.ReplyDeliveryReports;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import uk.gov.service.notify.NotificationClientApi;
import uk.gov.service.notify.TimeLimitedNotificationClient;

/**
 * GOV.UK Notify, wired when something uses it: the email channel sending through it
 * ({@code ccr.channels.email.sender: notify}, the SMTP sender is then left out, see EmailChannelConfiguration) or
 * the text-message channel (channel/sms) or the letter channel (channel/post). The client, the record of what was
 * sent and the delivery status read-back are shared; each channel adds its own sender.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression(NotifyChannelConfiguration.IN_USE)
public class NotifyChannelConfiguration {

    static final String EMAIL_THROUGH_NOTIFY =
            "'${ccr.channels.email.enabled:false}' == 'true' and '${ccr.channels.email.sender:smtp}' == 'notify'";
    static final String IN_USE = "${ccr.channels.sms.enabled:false} or ${ccr.channels.post.enabled:false} or ("
            + EMAIL_THROUGH_NOTIFY + ")";

    @Bean
    NotificationClientApi notificationClient(NotifyProperties settings,
                                             @Value("#{" + EMAIL_THROUGH_NOTIFY + "}") boolean email,
                                             @Value("${ccr.channels.sms.enabled:false}") boolean sms,
                                             @Value("${ccr.channels.post.enabled:false}") boolean post) {
        settings.requireComplete(email, sms, post);
        return new TimeLimitedNotificationClient(settings.apiKey(), settings.baseUrl(), settings.connectTimeout(),
                settings.readTimeout());
    }

    @Bean
    NotifyNotifications notifyNotifications(JdbcClient jdbc) {
        return new NotifyNotifications(jdbc);
    }

    @Bean
    NotifyDeliveryStatus notifyDeliveryStatus(NotificationClientApi notificationClient,
                                              NotifyNotifications notifications, ReplyDeliveryReports reports,
                                              CitizenDirectory citizens, TransactionTemplate transaction,
                                              NotifyProperties settings, Clock clock) {
        return new NotifyDeliveryStatus(notificationClient, notifications, reports, citizens, transaction, clock,
                settings.statusChecksPerPoll());
    }

    /** The email channel's sender, when the email channel sends through Notify. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnBooleanProperty("ccr.channels.email.enabled")
    @ConditionalOnProperty(name = "ccr.channels.email.sender", havingValue = "notify")
    static class EmailThroughNotify {

        @Bean
        NotifyReplySender notifyReplySender(NotificationClientApi notificationClient, NotifyProperties settings,
                                            NotifyNotifications notifications, EmailChannelProperties email,
                                            Clock clock) {
            return new NotifyReplySender(notificationClient, settings, notifications, email.councilName(), clock);
        }
    }
}
