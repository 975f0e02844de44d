package org.contactrouter.supervision;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.time.LocalDate;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Component;

/**
 * Writes cases with their SLA milestones as CSV: one row per milestone clock (a case without clocks has one row with
 * the milestone columns empty). No personal data: no names, addresses, numbers or message text, so the file can go
 * to managers and into spreadsheets freely. Times are ISO-8601 in UTC.
 */
@Component
class CaseMilestonesCsv {

    static final String[] HEADER = {"reference", "channel", "service_area", "status", "priority", "case_type",
            "assigned_officer", "opened_at", "milestone", "allowance", "started_at", "due_at", "met_at", "sla_state"};

    private final DashboardQueries queries;

    CaseMilestonesCsv(DashboardQueries queries) {
        this.queries = queries;
    }

    void write(LocalDate from, LocalDate to, Writer out) throws IOException {
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER).get())) {
            queries.casesWithMilestones(from, to, row -> {
                try {
                    csv.printRecord(row.reference(), row.channel(), row.serviceArea(), row.status(), row.priority(),
                            row.caseType(), row.assignedOfficer(), text(row.openedAt()), row.milestone(),
                            row.allowance(), text(row.startedAt()), text(row.dueAt()), text(row.metAt()), row.state());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
