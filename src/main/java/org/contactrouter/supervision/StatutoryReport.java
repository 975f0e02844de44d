package org.contactrouter.supervision;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.contactrouter.persistence.SqlTime;
import org.contactrouter.sla.CaseType;
import org.contactrouter.sla.SlaConfiguration;
import org.contactrouter.sla.SlaStandards;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The statutory report for the annual complaints report and FOI statistics: per case type (each complaint stage on its
 * own line, since an escalated case's stage 1 clock stays stage 1's), the responses owed for requests received in the
 * period and what became of them, with how many were extended or restarted by a clarification.
 */
@Component
public class StatutoryReport {

    static final String[] HEADER = {"case_type", "name", "received", "answered_on_time", "answered_late",
            "overdue", "open", "extended", "restarted", "on_time_percent"};

    /**
     * One case type. {@code onTimePercent} is answered on time out of those answered or overdue, rounded down; null
     * when none are.
     */
    public record Row(String caseType, String name, long received, long answeredOnTime, long answeredLate,
                      long overdue, long open, long extended, long restarted, Integer onTimePercent) {
    }

    private final JdbcClient jdbc;
    private final SlaStandards standards;
    private final ZoneId zone;

    StatutoryReport(JdbcClient jdbc, SlaConfiguration sla) {
        this.jdbc = jdbc;
        this.standards = sla.standards();
        this.zone = sla.calendar().zone();
    }

    /** Rows in the order of sla-standards.yml's case types, then any no longer defined; types with nothing omitted. */
    public List<Row> rows(LocalDate from, LocalDate to) {
        Map<String, Row> byType = new LinkedHashMap<>();
        standards.caseTypes().forEach(t -> byType.put(t.key(), null));
        jdbc.sql("""
                        select case_type, count(*) as received,
                               sum(case when state = 'MET' then 1 else 0 end) as on_time,
                               sum(case when state = 'MET_LATE' then 1 else 0 end) as late,
                               sum(case when state = 'BREACHED' then 1 else 0 end) as overdue,
                               sum(case when extended_by is not null then 1 else 0 end) as extended,
                               sum(case when restarts > 0 then 1 else 0 end) as restarted
                        from sla_milestone
                        where milestone = 'FIRST_RESPONSE' and case_type is not null
                          and started_at >= :start and started_at < :end
                        group by case_type""")
                .param("start", SqlTime.of(from.atStartOfDay(zone).toInstant()))
                .param("end", SqlTime.of(to.plusDays(1).atStartOfDay(zone).toInstant()))
                .query((rs, n) -> {
                    String key = rs.getString("case_type");
                    long received = rs.getLong("received");
                    long onTime = rs.getLong("on_time");
                    long late = rs.getLong("late");
                    long overdue = rs.getLong("overdue");
                    long settled = onTime + late + overdue;
                    return new Row(key, standards.caseType(key).map(CaseType::name).orElse(key), received, onTime,
                            late, overdue, received - settled, rs.getLong("extended"), rs.getLong("restarted"),
                            settled == 0 ? null : (int) (onTime * 100 / settled));
                })
                .list()
                .forEach(row -> byType.put(row.caseType(), row));
        return byType.values().stream().filter(Objects::nonNull).toList();
    }

    public void writeCsv(LocalDate from, LocalDate to, Writer out) throws IOException {
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER).get())) {
            for (Row r : rows(from, to)) {
                printer.printRecord(r.caseType(), r.name(), r.received(), r.answeredOnTime(), r.answeredLate(),
                        r.overdue(), r.open(), r.extended(), r.restarted(),
                        r.onTimePercent() == null ? "" : r.onTimePercent());
            }
        }
    }
}
