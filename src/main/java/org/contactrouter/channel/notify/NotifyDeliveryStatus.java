package org.contactrouter.channel.notify;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.contactrouter.citizen.CitizenDirectory;
import org.contactrouter.contact.Identity;
import org.contactrouter.reply.ReplyDeliveryReports;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;
import uk.gov.service.notify.Notification;
import uk.gov.service.notify.NotificationClientApi;
import uk.gov.service.notify.NotificationClientException;

/**
 * Reads back from GOV.UK Notify what became of the emails, text messages and letters sent through it (called by
 * routes/notify.yaml). A notification's status is asked for until it is final: "delivered" is noted on the case, and
 * so is a letter's "received" (printed and posted); a failure marks the reply FAILED with the reason, so the officer
 * reaches the citizen another way.
 * Notify keeps notifications for 7 days, so older ones are not asked about.
 */
public class NotifyDeliveryStatus {

    private static final Logger log = LoggerFactory.getLogger(NotifyDeliveryStatus.class);
    static final Duration NOTIFY_KEEPS = Duration.ofDays(7);
    private static final int NOT_FOUND = 404;

    private final NotificationClientApi notify;
    private final NotifyNotifications notifications;
    private final ReplyDeliveryReports reports;
    private final CitizenDirectory citizens;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final int checksPerPoll;

    public NotifyDeliveryStatus(NotificationClientApi notify, NotifyNotifications notifications,
                                ReplyDeliveryReports reports, CitizenDirectory citizens,
                                TransactionTemplate transaction, Clock clock, int checksPerPoll) {
        this.notify = notify;
        this.notifications = notifications;
        this.reports = reports;
        this.citizens = citizens;
        this.transaction = transaction;
        this.clock = clock;
        this.checksPerPoll = checksPerPoll;
    }

    /** Asks Notify about the notifications checked longest ago; returns how many changed status. */
    public int checkOnce() {
        int changed = 0;
        for (NotifyNotifications.Tracked tracked : notifications.toCheck(clock.instant().minus(NOTIFY_KEEPS),
                checksPerPoll)) {
            Notification notification;
            try {
                notification = notify.getNotificationById(tracked.notificationId());
            } catch (NotificationClientException e) {
                log.warn("Delivery status of notification {} not read from GOV.UK Notify: {}",
                        tracked.notificationId(), NotifyRefusal.explanation(e));
                if (e.getHttpResult() == NOT_FOUND) {
                    // Asked about again after the others, not before them at every poll.
                    notifications.checked(tracked, tracked.status(), clock.instant());
                    continue;
                }
                // Rate limited, Notify down or the key refused: the same for the rest, so try again next poll.
                break;
            }
            if (record(tracked, notification)) {
                changed++;
            }
        }
        return changed;
    }

    private static Optional<Identity> recipientOf(Notification notification) {
        return notification.getEmailAddress().map(Identity::email)
                .or(() -> notification.getPhoneNumber().flatMap(NotifyPhoneNumbers::e164).map(Identity::phone));
    }

    private boolean record(NotifyNotifications.Tracked tracked, Notification notification) {
        String type = notification.getNotificationType();
        String status = notification.getStatus();
        Instant now = clock.instant();
        return Boolean.TRUE.equals(transaction.execute(tx -> {
            if (!notifications.checked(tracked, status, now) || status.equals(tracked.status())) {
                return false;
            }
            if (status.equals(NotifyStatus.DELIVERED)) {
                reports.delivered(tracked.replyId(), "by GOV.UK Notify");
            }
            if (NotifyStatus.posted(type, status)) {
                reports.posted(tracked.replyId(), "printed and posted by GOV.UK Notify's printing provider; Notify"
                        + " cannot tell when it arrives (usually 2 to 3 working days)");
            }
            NotifyStatus.failureReason(type, status).ifPresent(reason -> {
                reports.undelivered(tracked.replyId(), reason);
                if (status.equals(NotifyStatus.PERMANENT_FAILURE)) {
                    // Notify's advice: stop sending to it. Until the citizen uses it again, replies to it are refused.
                    recipientOf(notification).ifPresent(identity -> citizens.markUndeliverable(identity, reason, now));
                }
            });
            return true;
        }));
    }
}
