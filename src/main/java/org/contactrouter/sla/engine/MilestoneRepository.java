package org.contactrouter.sla.engine;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

import org.contactrouter.persistence.SqlTime;
import org.contactrouter.sla.Milestone;
import org.contactrouter.sla.Pause;
import org.contactrouter.sla.SlaDuration;
import org.contactrouter.sla.TimedMilestone;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores milestone clocks ({@code sla_milestone}) and the spans a case waited for the citizen ({@code sla_pause}). */
@Repository
class MilestoneRepository {

    private final JdbcClient jdbc;

    MilestoneRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<StoredMilestone> ofCase(long caseId) {
        return jdbc.sql("select * from sla_milestone where case_id = :caseId order by id")
                .param("caseId", caseId).query(MilestoneRepository::row).list();
    }

    /** Inserts a clock, started under the case type (or null), with its derived columns. */
    void insert(long caseId, String caseType, TimedMilestone timed) {
        jdbc.sql("""
                        insert into sla_milestone (case_id, milestone, case_type, allowance, warning_percent, started_at,
                                                   met_at, due_at, warn_at, state, next_alert_at)
                        values (:caseId, :milestone, :caseType, :allowance, :warningPercent, :startedAt,
                                :metAt, :dueAt, :warnAt, :state, :nextAlertAt)""")
                .param("caseId", caseId)
                .param("caseType", caseType)
                .param("milestone", timed.clock().milestone().name())
                .param("allowance", timed.clock().allowance().toString())
                .param("warningPercent", timed.clock().warningPercent())
                .param("startedAt", SqlTime.of(timed.clock().startedAt()))
                .param("metAt", SqlTime.of(timed.clock().metAt()))
                .param("dueAt", SqlTime.of(timed.status().dueAt()))
                .param("warnAt", SqlTime.of(timed.status().warnAt()))
                .param("state", timed.status().state().name())
                .param("nextAlertAt", SqlTime.of(timed.nextAlertAt(false, false)))
                .update();
    }

    /** Rewrites a clock's facts that may change (allowance, met) and everything derived from them. */
    void update(long id, TimedMilestone timed, Instant nextAlertAt) {
        jdbc.sql("""
                        update sla_milestone set allowance = :allowance, warning_percent = :warningPercent,
                               met_at = :metAt, due_at = :dueAt, warn_at = :warnAt, state = :state,
                               next_alert_at = :nextAlertAt
                        where id = :id""")
                .param("allowance", timed.clock().allowance().toString())
                .param("warningPercent", timed.clock().warningPercent())
                .param("metAt", SqlTime.of(timed.clock().metAt()))
                .param("dueAt", SqlTime.of(timed.status().dueAt()))
                .param("warnAt", SqlTime.of(timed.status().warnAt()))
                .param("state", timed.status().state().name())
                .param("nextAlertAt", SqlTime.of(nextAlertAt))
                .param("id", id)
                .update();
    }

    /** The case's running clocks now belong to its (new) case type. */
    void retag(long caseId, String caseType) {
        jdbc.sql("update sla_milestone set case_type = :caseType where case_id = :caseId and met_at is null")
                .param("caseType", caseType).param("caseId", caseId).update();
    }

    /** Records what the clock's allowance was extended by in all (null: not extended); the allowance is updated with it. */
    void recordExtension(long id, SlaDuration extendedBy) {
        jdbc.sql("update sla_milestone set extended_by = :extendedBy where id = :id")
                .param("extendedBy", extendedBy == null ? null : extendedBy.toString()).param("id", id).update();
    }

    /**
     * Starts the clock again in full from {@code at}: earlier time and pauses no longer count, and the warning and
     * breach of the old count are owed afresh.
     */
    void restart(long id, Instant at) {
        jdbc.sql("""
                        update sla_milestone set started_at = :at, restarts = restarts + 1, warning_raised_at = null,
                               breach_raised_at = null
                        where id = :id""")
                .param("at", SqlTime.of(at)).param("id", id).update();
    }

    void delete(long id) {
        jdbc.sql("delete from sla_milestone where id = :id").param("id", id).update();
    }

    /**
     * Claims the milestone's warning: true for exactly one caller ever, whichever instance gets there first. The
     * row lock taken by the update makes a concurrent claimer wait and then find the column set.
     */
    boolean claimWarning(long id, Instant now) {
        return jdbc.sql("update sla_milestone set warning_raised_at = :now where id = :id and warning_raised_at is null")
                .param("now", SqlTime.of(now)).param("id", id).update() == 1;
    }

    /** Claims the milestone's breach, like {@link #claimWarning}. */
    boolean claimBreach(long id, Instant now) {
        return jdbc.sql("update sla_milestone set breach_raised_at = :now where id = :id and breach_raised_at is null")
                .param("now", SqlTime.of(now)).param("id", id).update() == 1;
    }

    /** Cases with a warning or breach owed by {@code now}, longest overdue first. */
    List<Long> casesWithAlertsDue(Instant now, int limit) {
        return jdbc.sql("""
                        select case_id from sla_milestone where next_alert_at <= :now
                        group by case_id order by min(next_alert_at) limit :limit""")
                .param("now", SqlTime.of(now)).param("limit", limit)
                .query(Long.class).list();
    }

    /** Cases with at least one unmet clock. */
    List<Long> casesWithOpenClocks() {
        return jdbc.sql("select distinct case_id from sla_milestone where met_at is null order by case_id")
                .query(Long.class).list();
    }

    List<Pause> pausesOf(long caseId) {
        return jdbc.sql("select paused_at, resumed_at from sla_pause where case_id = :caseId order by paused_at, id")
                .param("caseId", caseId)
                .query((rs, row) -> new Pause(SqlTime.read(rs, "paused_at"), SqlTime.read(rs, "resumed_at")))
                .list();
    }

    /** Opens a pause; the caller holds the case lock and has checked that none is open. */
    void startPause(long caseId, Instant at) {
        jdbc.sql("insert into sla_pause (case_id, paused_at) values (:caseId, :at)")
                .param("caseId", caseId).param("at", SqlTime.of(at)).update();
    }

    /** Closes the open pause, if any, at {@code at} (never before it began). */
    void endPause(long caseId, Instant at) {
        jdbc.sql("""
                        update sla_pause set resumed_at = case when paused_at > :at then paused_at else :at end
                        where case_id = :caseId and resumed_at is null""")
                .param("caseId", caseId).param("at", SqlTime.of(at)).update();
    }

    private static StoredMilestone row(ResultSet rs, int row) throws SQLException {
        long id = rs.getLong("id");
        String extendedBy = rs.getString("extended_by");
        return new StoredMilestone(id, rs.getLong("case_id"), Milestone.valueOf(rs.getString("milestone")),
                rs.getString("case_type"), duration(id, rs.getString("allowance")),
                extendedBy == null ? null : duration(id, extendedBy), rs.getInt("restarts"),
                rs.getInt("warning_percent"), SqlTime.read(rs, "started_at"), SqlTime.read(rs, "met_at"),
                SqlTime.read(rs, "due_at"), SqlTime.read(rs, "warning_raised_at"), SqlTime.read(rs, "breach_raised_at"));
    }

    private static SlaDuration duration(long id, String text) {
        return SlaDuration.parse(text).orElseThrow(() -> new IllegalStateException(
                "sla_milestone " + id + " has an unreadable allowance: " + text));
    }
}
