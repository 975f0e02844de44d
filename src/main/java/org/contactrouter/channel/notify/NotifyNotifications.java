package org.contactrouter.channel.notify;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.contactrouter.persistence.SqlTime;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The notification Notify made for each reply sent through it, and its latest delivery status. */
public class NotifyNotifications {

    /** Statuses after which Notify does nothing more with an email, a text or a letter. */
    static final Set<String> FINAL = Set.of(NotifyStatus.DELIVERED, NotifyStatus.SENT_INTERNATIONALLY,
            NotifyStatus.PERMANENT_FAILURE, NotifyStatus.TEMPORARY_FAILURE, NotifyStatus.TECHNICAL_FAILURE,
            NotifyStatus.RECEIVED, NotifyStatus.CANCELLED, NotifyStatus.VALIDATION_FAILED);

    private final JdbcClient jdbc;

    public NotifyNotifications(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A notification whose status is not final yet. */
    record Tracked(long replyId, String notificationId, String status) {
    }

    public void sent(long replyId, String notificationId, Instant at) {
        jdbc.sql("""
                        insert into notify_notification (reply_id, notification_id, status, sent_at)
                        values (:replyId, :notificationId, :status, :at)""")
                .param("replyId", replyId).param("notificationId", notificationId)
                .param("status", NotifyStatus.CREATED).param("at", SqlTime.of(at))
                .update();
    }

    /**
     * Notifications sent since {@code since} whose status is not final, those checked longest ago first. Only those
     * of replies recorded as SENT: until then a failure could not be marked on the reply.
     */
    List<Tracked> toCheck(Instant since, int limit) {
        return jdbc.sql("""
                        select n.reply_id, n.notification_id, n.status from notify_notification n
                        join reply r on r.id = n.reply_id
                        where r.status = 'SENT' and n.status not in (:final) and n.sent_at > :since
                        order by coalesce(n.checked_at, n.sent_at), n.reply_id limit :limit""")
                .param("final", FINAL).param("since", SqlTime.of(since)).param("limit", limit)
                .query((rs, row) -> new Tracked(rs.getLong("reply_id"), rs.getString("notification_id"),
                        rs.getString("status")))
                .list();
    }

    /**
     * Records the status Notify gave; false when another instance recorded a change first, so that what follows
     * from a change happens once.
     */
    boolean checked(Tracked tracked, String status, Instant at) {
        return jdbc.sql("""
                        update notify_notification set status = :status, checked_at = :at
                        where reply_id = :replyId and status = :was""")
                .param("status", status).param("at", SqlTime.of(at)).param("replyId", tracked.replyId())
                .param("was", tracked.status())
                .update() == 1;
    }
}
