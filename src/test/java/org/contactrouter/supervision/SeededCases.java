package org.contactrouter.supervision;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import org.contactrouter.persistence.SqlTime;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes cases and milestone clocks straight into the database, in any state, for dashboard and report tests. The
 * clocks have no alert owed (next_alert_at null), so the running SLA engine leaves them alone.
 */
final class SeededCases {

    /** Case numbers in a year no other test uses, so references never collide. */
    private static final AtomicInteger NUMBERS = new AtomicInteger();

    private final JdbcClient jdbc;

    SeededCases(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A case; returns its reference. slaState and slaDueAt may be null. */
    String seedCase(String channel, String area, String status, String slaState, Instant slaDueAt, Instant openedAt,
                    String officer) {
        return seedCase("en", channel, area, status, slaState, slaDueAt, openedAt, officer);
    }

    /** A case in the language ("en" or "cy"); returns its reference. */
    String seedCase(String language, String channel, String area, String status, String slaState, Instant slaDueAt,
                    Instant openedAt, String officer) {
        String reference = String.format("CR-2099-%06d", NUMBERS.incrementAndGet());
        jdbc.sql("""
                        insert into cases (reference, status, channel, service_area, language, priority, subject,
                                           assigned_officer, opened_at, created_at, updated_at, sla_due_at, sla_state)
                        values (:r, :status, :channel, :area, :language, 'NORMAL', 'Seeded', :officer, :opened, :opened,
                                :opened, :due, :state)""")
                .param("r", reference).param("language", language).param("status", status)
                .param("channel", channel).param("area", area)
                .param("officer", officer).param("opened", SqlTime.of(openedAt)).param("due", SqlTime.of(slaDueAt))
                .param("state", slaState).update();
        return reference;
    }

    /** A milestone clock of the case. */
    void seedMilestone(String reference, String milestone, String state, Instant startedAt, Instant dueAt,
                       Instant metAt) {
        jdbc.sql("""
                        insert into sla_milestone (case_id, milestone, allowance, warning_percent, started_at, met_at,
                                                   due_at, warn_at, state)
                        select id, :milestone, '3 working days', 75, :started, :met, :due, :due, :state
                        from cases where reference = :r""")
                .param("milestone", milestone).param("started", SqlTime.of(startedAt)).param("met", SqlTime.of(metAt))
                .param("due", SqlTime.of(dueAt)).param("state", state).param("r", reference).update();
    }
}
