package org.contactrouter.sla.engine;

import java.time.Instant;

import org.contactrouter.caseload.CaseStatus;
import org.contactrouter.contact.Channel;
import org.contactrouter.persistence.SqlTime;
import org.contactrouter.sla.SlaStandard;
import org.contactrouter.sla.SlaStandards;
import org.contactrouter.sla.SlaSummary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What the SLA engine reads and writes on the {@code cases} table. */
@Repository
class SlaCases {

    /** The case facts a standard depends on, and what events and reports need to name the case. */
    record CaseFacts(long id, String reference, CaseStatus status, Channel channel, String serviceArea,
                     String priority, String caseType) {

        SlaStandard standard(SlaStandards standards) {
            return standards.standardFor(channel, serviceArea, priority, caseType);
        }
    }

    static final String NORMAL = "NORMAL";
    static final String HIGH = "HIGH";

    private final JdbcClient jdbc;

    SlaCases(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Locks the case row for the rest of the transaction and reads it. Every SLA change of a case starts here, so
     * listeners and scanners of all instances work on one case one at a time, always locking the case before its
     * clocks (one order: no deadlocks between them).
     */
    CaseFacts lock(long caseId) {
        return read(caseId, " for update");
    }

    /** Reads a case this transaction has just inserted: no one else can see it yet, so there is nothing to lock. */
    CaseFacts opened(long caseId) {
        return read(caseId, "");
    }

    private CaseFacts read(long caseId, String lock) {
        return jdbc.sql("select id, reference, status, channel, service_area, priority, case_type from cases"
                        + " where id = :id" + lock)
                .param("id", caseId)
                .query((rs, row) -> new CaseFacts(rs.getLong("id"), rs.getString("reference"),
                        CaseStatus.valueOf(rs.getString("status")), Channel.valueOf(rs.getString("channel")),
                        rs.getString("service_area"), rs.getString("priority"), rs.getString("case_type")))
                .single();
    }

    void saveCaseType(long caseId, String caseType) {
        jdbc.sql("update cases set case_type = :caseType where id = :id")
                .param("caseType", caseType).param("id", caseId).update();
    }

    void saveSummary(long caseId, SlaSummary summary) {
        // A moved deadline moves the points at which the case's pool widens: the widening scanner looks again.
        jdbc.sql("update cases set sla_due_at = :dueAt, sla_state = :state, widening_next_at = null where id = :id")
                .param("dueAt", SqlTime.of(summary.dueAt()))
                .param("state", summary.state() == null ? null : summary.state().name())
                .param("id", caseId)
                .update();
    }

    /** NORMAL becomes HIGH; a case already above normal keeps its priority. True when it changed. */
    boolean raisePriority(long caseId, Instant now) {
        return jdbc.sql("update cases set priority = :high, updated_at = :now where id = :id and priority = :normal")
                .param("high", HIGH).param("normal", NORMAL).param("now", SqlTime.of(now)).param("id", caseId)
                .update() == 1;
    }
}
