package org.contactrouter.caseload;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;

import org.contactrouter.contact.Channel;
import org.contactrouter.persistence.SqlText;
import org.contactrouter.persistence.SqlTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Stores cases and their audit trail. */
@Repository
public class CaseRepository {

    private final JdbcClient jdbc;

    public CaseRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A case about to be stored. */
    /** {@code caseType}: a statutory case type of sla-standards.yml, or null for none. */
    public record NewCase(CaseReference reference, CaseStatus status, Channel channel, String serviceArea,
                          String language, String priority, String caseType, Long citizenId, Long linkedCaseId,
                          String subject, Instant openedAt) {
    }

    public long insert(NewCase c, Instant now) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into cases (reference, status, channel, service_area, language, priority, case_type,
                                           citizen_id, linked_case_id, subject, opened_at, created_at, updated_at)
                        values (:reference, :status, :channel, :serviceArea, :language, :priority, :caseType,
                                :citizenId, :linkedCaseId, :subject, :openedAt, :now, :now)""")
                .param("reference", c.reference().toString())
                .param("status", c.status().name())
                .param("channel", c.channel().name())
                .param("serviceArea", c.serviceArea())
                .param("language", c.language())
                .param("caseType", c.caseType())
                .param("priority", c.priority())
                .param("citizenId", c.citizenId())
                .param("linkedCaseId", c.linkedCaseId())
                .param("subject", SqlText.truncate(c.subject(), 500))
                .param("openedAt", SqlTime.of(c.openedAt()))
                .param("now", SqlTime.of(now))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public Optional<CaseSnapshot> findSnapshot(CaseReference reference) {
        return jdbc.sql("select id, reference, status, citizen_id from cases where reference = :reference")
                .param("reference", reference.toString())
                .query(CaseRepository::snapshot).optional();
    }

    public Optional<CaseSnapshot> findSnapshot(long caseId) {
        return jdbc.sql("select id, reference, status, citizen_id from cases where id = :id")
                .param("id", caseId)
                .query(CaseRepository::snapshot).optional();
    }

    /** The case holding a contact or reply with one of these channel message ids, if any. */
    public Optional<CaseSnapshot> findByMessageIds(Channel channel, Collection<String> messageIds) {
        if (messageIds.isEmpty()) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        select c.id, c.reference, c.status, c.citizen_id from cases c
                        where c.id in (select case_id from contact where channel = :channel and channel_message_id in (:ids)
                                       union
                                       select case_id from reply where channel = :channel and channel_message_id in (:ids))
                        order by c.id desc""")
                .param("channel", channel.name())
                .param("ids", messageIds)
                .query(CaseRepository::snapshot).list().stream().findFirst();
    }

    /**
     * The citizen's latest case with a message on the channel either way, for a channel whose messages say nothing
     * about what they answer (see {@link Channel#threadsBySender()}).
     */
    public Optional<CaseSnapshot> latestConversationOf(long citizenId, Channel channel) {
        return jdbc.sql("""
                        select c.id, c.reference, c.status, c.citizen_id from cases c
                        where c.citizen_id = :citizenId
                          and (exists (select 1 from contact m where m.case_id = c.id and m.channel = :channel)
                               or exists (select 1 from reply r where r.case_id = c.id and r.channel = :channel))
                        order by c.id desc limit 1""")
                .param("citizenId", citizenId)
                .param("channel", channel.name())
                .query(CaseRepository::snapshot).optional();
    }

    public void updateStatus(long caseId, CaseStatus status, Instant now) {
        jdbc.sql("update cases set status = :status, updated_at = :now where id = :id")
                .param("status", status.name()).param("now", SqlTime.of(now)).param("id", caseId)
                .update();
    }

    public void touch(long caseId, Instant now) {
        jdbc.sql("update cases set updated_at = :now where id = :id")
                .param("now", SqlTime.of(now)).param("id", caseId).update();
    }

    public void appendEvent(long caseId, CaseEventType type, Instant at, String actor, String detail) {
        jdbc.sql("""
                        insert into case_event (case_id, event_type, occurred_at, actor, detail)
                        values (:caseId, :type, :at, :actor, :detail)""")
                .param("caseId", caseId).param("type", type.name()).param("at", SqlTime.of(at))
                .param("actor", actor).param("detail", SqlText.truncate(detail, 4000))
                .update();
    }

    static CaseSnapshot snapshot(ResultSet rs, int row) throws SQLException {
        long citizenId = rs.getLong("citizen_id");
        return new CaseSnapshot(rs.getLong("id"), rs.getString("reference"),
                CaseStatus.valueOf(rs.getString("status")), rs.wasNull() ? null : citizenId);
    }

}
