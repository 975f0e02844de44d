package org.contactrouter.sla.engine;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.contactrouter.contact.Channel;
import org.contactrouter.persistence.SqlTime;
import org.contactrouter.sla.BusinessCalendar;
import org.contactrouter.sla.Milestone;
import org.contactrouter.sla.SlaConfiguration;
import org.contactrouter.sla.SlaState;
import org.contactrouter.sla.WorkingTimeStatistics;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Attainment for supervisors: per channel and day or week, what happened to the milestones whose clocks started
 * then (contacts received that day), and how long acknowledging and first responses took in working hours.
 */
@Component
public class SlaReports {

    public enum Granularity { DAY, WEEK }

    /**
     * Working time from receipt, over the milestones met in the period.
     *
     * @param count  how many were met
     * @param mean   ISO-8601 duration
     * @param p90    90th percentile (nearest rank), ISO-8601 duration
     */
    public record TimeTaken(int count, String mean, String p90) {

        static TimeTaken of(List<Duration> times) {
            WorkingTimeStatistics statistics = WorkingTimeStatistics.of(times);
            return new TimeTaken(statistics.count(), statistics.mean().toString(),
                    statistics.percentile(90).toString());
        }
    }

    /**
     * One channel in one period (a day, or the week starting that Monday). Counts cover every milestone clock
     * started in the period: met on time, met late, breached (deadline passed, not met yet) and open (not met,
     * deadline still ahead or paused).
     */
    public record AttainmentRow(LocalDate period, Channel channel, long metOnTime, long metLate, long breached,
                                long open, TimeTaken toAcknowledge, TimeTaken toRespond) {
    }

    public record AttainmentReport(LocalDate from, LocalDate to, Granularity granularity, List<AttainmentRow> rows) {
    }

    private record Row(Channel channel, Milestone milestone, SlaState state, Instant startedAt, Instant metAt) {
    }

    /** Tallies one channel in one period as rows come in. */
    private static final class Tally {
        final long[] byState = new long[SlaState.values().length];
        final List<Duration> toAcknowledge = new ArrayList<>();
        final List<Duration> toRespond = new ArrayList<>();

        AttainmentRow row(LocalDate period, Channel channel) {
            return new AttainmentRow(period, channel, count(SlaState.MET), count(SlaState.MET_LATE),
                    count(SlaState.BREACHED), count(SlaState.ON_TRACK) + count(SlaState.AT_RISK) + count(SlaState.PAUSED),
                    TimeTaken.of(toAcknowledge), TimeTaken.of(toRespond));
        }

        private long count(SlaState state) {
            return byState[state.ordinal()];
        }
    }

    private final JdbcClient jdbc;
    private final BusinessCalendar calendar;

    SlaReports(JdbcClient jdbc, SlaConfiguration sla) {
        this.jdbc = jdbc;
        this.calendar = sla.calendar();
    }

    /**
     * @param from first day, in the council's time zone
     * @param to   last day, inclusive
     */
    public AttainmentReport attainment(LocalDate from, LocalDate to, Granularity granularity) {
        Map<LocalDate, Map<Channel, Tally>> tallies = new TreeMap<>();
        for (Row row : rows(from, to)) {
            LocalDate day = row.startedAt().atZone(calendar.zone()).toLocalDate();
            LocalDate period = granularity == Granularity.WEEK ? day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : day;
            Tally tally = tallies.computeIfAbsent(period, p -> new TreeMap<>()).computeIfAbsent(row.channel(), c -> new Tally());
            tally.byState[row.state().ordinal()]++;
            if (row.metAt() != null && row.milestone() == Milestone.ACKNOWLEDGE) {
                tally.toAcknowledge.add(calendar.workingTimeBetween(row.startedAt(), row.metAt()));
            } else if (row.metAt() != null && row.milestone() == Milestone.FIRST_RESPONSE) {
                tally.toRespond.add(calendar.workingTimeBetween(row.startedAt(), row.metAt()));
            }
        }
        List<AttainmentRow> report = new ArrayList<>();
        tallies.forEach((period, byChannel) -> byChannel.forEach((channel, tally) -> report.add(tally.row(period, channel))));
        return new AttainmentReport(from, to, granularity, report);
    }

    /** The state column is kept current by every change and by the scanner when a deadline passes. */
    private List<Row> rows(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        select c.channel, m.milestone, m.state, m.started_at, m.met_at
                        from sla_milestone m join cases c on c.id = m.case_id
                        where m.started_at >= :start and m.started_at < :end""")
                .param("start", SqlTime.of(from.atStartOfDay(calendar.zone()).toInstant()))
                .param("end", SqlTime.of(to.plusDays(1).atStartOfDay(calendar.zone()).toInstant()))
                .query((rs, n) -> new Row(Channel.valueOf(rs.getString("channel")),
                        Milestone.valueOf(rs.getString("milestone")), SlaState.valueOf(rs.getString("state")),
                        SqlTime.read(rs, "started_at"), SqlTime.read(rs, "met_at")))
                .list();
    }
}
