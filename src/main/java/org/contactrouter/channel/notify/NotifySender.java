package org.contactrouter.channel.notify;

import java.time.Clock;
import java.util.UUID;

import org.contactrouter.reply.ReplySender;
import uk.gov.service.notify.NotificationClientApi;
import uk.gov.service.notify.NotificationClientException;

/**
 * What every sender through GOV.UK Notify (an email, a text, a letter) has and does around the call itself: a
 * refusal no retry can mend becomes a {@link PermanentDeliveryFailure} (see {@link NotifyRefusal}), anything else is
 * thrown to be retried, and the notification Notify made is recorded so that {@link NotifyDeliveryStatus} reads its
 * status back. Notify's {@code reference} of every notification is the reply's id.
 */
public abstract class NotifySender implements ReplySender {

    /** One call to Notify that makes a notification; returns its id. */
    @FunctionalInterface
    protected interface Send {
        UUID send() throws NotificationClientException;
    }

    protected final NotificationClientApi notify;
    protected final NotifyProperties settings;
    /** The template's {@code ((council_name))}. */
    protected final String councilName;
    private final NotifyNotifications notifications;
    private final Clock clock;

    protected NotifySender(NotificationClientApi notify, NotifyProperties settings, NotifyNotifications notifications,
                           String councilName, Clock clock) {
        this.notify = notify;
        this.settings = settings;
        this.notifications = notifications;
        this.councilName = councilName;
        this.clock = clock;
    }

    /** Sends the reply's notification and returns its id, the reply's channel message id. */
    protected final String sendRecorded(long replyId, Send send) throws Exception {
        UUID notificationId;
        try {
            notificationId = send.send();
        } catch (NotificationClientException e) {
            throw NotifyRefusal.classify(e);
        }
        notifications.sent(replyId, notificationId.toString(), clock.instant());
        return notificationId.toString();
    }
}
