package org.contactrouter.reply;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.contactrouter.contact.Channel;
import org.contactrouter.persistence.SqlText;
import org.contactrouter.persistence.SqlTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Outbound replies and what happened to them. */
@Repository
public class ReplyRepository {

    private final JdbcClient jdbc;

    public ReplyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A stored reply. */
    public record StoredReply(long id, long caseId, String caseReference, String caseLanguage, Channel channel,
                              ReplyKind kind, String author, String body, ReplyStatus status, int attempts,
                              Long answersContactId) {
    }

    public long insert(long caseId, Channel channel, ReplyKind kind, String author, String body, ReplyStatus status,
                       Long answersContactId, Instant now) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into reply (case_id, channel, kind, author, body, status, answers_contact_id, created_at,
                                           sent_at)
                        values (:caseId, :channel, :kind, :author, :body, :status, :answers, :now, :sentAt)""")
                .param("caseId", caseId).param("channel", channel.name()).param("kind", kind.name())
                .param("author", author).param("body", body).param("status", status.name())
                .param("answers", answersContactId).param("now", SqlTime.of(now))
                .param("sentAt", status == ReplyStatus.SENT ? SqlTime.of(now) : null)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public Optional<StoredReply> find(long replyId) {
        return jdbc.sql("""
                        select r.*, c.reference, c.language as case_language from reply r
                        join cases c on c.id = r.case_id where r.id = :id""")
                .param("id", replyId)
                .query((rs, row) -> {
                    long answers = rs.getLong("answers_contact_id");
                    Long answersId = rs.wasNull() ? null : answers;
                    return new StoredReply(rs.getLong("id"), rs.getLong("case_id"), rs.getString("reference"),
                            rs.getString("case_language"), Channel.valueOf(rs.getString("channel")),
                            ReplyKind.valueOf(rs.getString("kind")), rs.getString("author"), rs.getString("body"),
                            ReplyStatus.valueOf(rs.getString("status")), rs.getInt("attempts"), answersId);
                })
                .optional();
    }

    /** A reply still waiting to go out. */
    public record PendingReply(long id, Channel channel) {
    }

    public List<PendingReply> pendingOf(String caseReference) {
        return jdbc.sql("""
                        select r.id, r.channel from reply r join cases c on c.id = r.case_id
                        where c.reference = :reference and r.status = 'PENDING' order by r.id""")
                .param("reference", caseReference)
                .query((rs, row) -> new PendingReply(rs.getLong("id"), Channel.valueOf(rs.getString("channel"))))
                .list();
    }

    /** Pending replies never tried since {@code before}: their queue message was lost (see ReplyService). */
    public List<PendingReply> neverTriedSince(Instant before) {
        return jdbc.sql("""
                        select id, channel from reply
                        where status = 'PENDING' and attempts = 0 and created_at < :before order by id""")
                .param("before", SqlTime.of(before))
                .query((rs, row) -> new PendingReply(rs.getLong("id"), Channel.valueOf(rs.getString("channel"))))
                .list();
    }

    /** Marks a pending reply sent; false when it was not pending any more (a second delivery of its message). */
    public boolean markSent(long replyId, String channelMessageId, Instant at) {
        return jdbc.sql("""
                        update reply set status = 'SENT', channel_message_id = :messageId, sent_at = :at,
                                         attempts = attempts + 1, last_error = null
                        where id = :id and status = 'PENDING'""")
                .param("messageId", channelMessageId).param("at", SqlTime.of(at)).param("id", replyId)
                .update() == 1;
    }

    /** Counts a failed attempt and returns the attempts made so far. */
    public int recordFailedAttempt(long replyId, String error) {
        jdbc.sql("update reply set attempts = attempts + 1, last_error = :error where id = :id")
                .param("error", SqlText.truncate(error, 1000)).param("id", replyId).update();
        return jdbc.sql("select attempts from reply where id = :id").param("id", replyId).query(Integer.class).single();
    }

    public void markFailed(long replyId, String reason) {
        jdbc.sql("update reply set status = 'FAILED', last_error = :reason where id = :id and status = 'PENDING'")
                .param("reason", SqlText.truncate(reason, 1000)).param("id", replyId).update();
    }

    /**
     * Marks a reply the channel accepted as FAILED after all, when the channel reports later that it could not
     * deliver it; false when it was not SENT (already marked).
     */
    public boolean markUndelivered(long replyId, String reason) {
        return jdbc.sql("update reply set status = 'FAILED', last_error = :reason where id = :id and status = 'SENT'")
                .param("reason", SqlText.truncate(reason, 1000)).param("id", replyId).update() == 1;
    }
}
