package org.contactrouter.supervision;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.contactrouter.contact.Channel;
import org.contactrouter.persistence.SqlTime;
import org.contactrouter.sla.SlaConfiguration;
import org.contactrouter.sla.SlaState;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Every figure supervisors see (dashboard, charts, metrics, reports) comes from here, in SQL that H2 and PostgreSQL
 * both accept. Days and weeks are the council's ({@code ccr.sla.zone}); a week starts on Monday.
 *
 * <p>Attainment counts the deadlines <em>settled</em> in a period: milestones met (on time or late) then, and
 * milestones whose deadline passed then unmet. It answers "of the promises that came due, how many did we keep?".
 */
@Repository
public class DashboardQueries {

    /** How the dashboard groups cases. The column name never comes from a request. */
    public enum Dimension {
        CHANNEL("channel"), SERVICE_AREA("service_area");

        final String column;

        Dimension(String column) {
            this.column = column;
        }
    }

    /** Deadlines settled in a period. */
    public record Attainment(long met, long metLate, long breached) {

        static final Attainment NONE = new Attainment(0, 0, 0);

        public long settled() {
            return met + metLate + breached;
        }

        /** Share kept on time, rounded down; null when nothing was due (no attainment to speak of). */
        public Integer percent() {
            return settled() == 0 ? null : (int) (met * 100 / settled());
        }
    }

    /**
     * One channel or service area.
     *
     * @param queued        cases waiting in the shared queue
     * @param oldestWaiting when the longest-waiting queued case's contact arrived; null when none waits
     * @param openByState   open cases by their SLA state (cases with no deadline are not counted)
     */
    public record GroupFigures(String key, long queued, Instant oldestWaiting, Map<SlaState, Long> openByState,
                               Attainment today, Attainment week) {

        public long atRisk() {
            return openByState.getOrDefault(SlaState.AT_RISK, 0L);
        }

        public long breached() {
            return openByState.getOrDefault(SlaState.BREACHED, 0L);
        }
    }

    /** An open case at risk or breached, for the lists supervisors act on. */
    public record SlaCase(String reference, String channel, String serviceArea, String status,
                          String assignedOfficer, Instant slaDueAt, String slaState) {
    }

    /** Cases an officer holds of one channel against what they may hold. */
    public record ChannelLoad(Channel channel, long held, int capacity) {
    }

    public record OfficerLoad(String username, String displayName, String presence, List<ChannelLoad> channels) {
    }

    /** Per day: cases opened per channel, and attainment of the deadlines settled that day. */
    public record DailySeries(List<LocalDate> days, Map<Channel, List<Long>> opened, List<Integer> attainmentPercent) {
    }

    /** Clocks started in a month, per channel and service area, as the monthly report shows them. */
    public record MonthlyRow(YearMonth month, String channel, String serviceArea, long metOnTime, long metLate,
                             long breached, long open) {

        /** Met on time of those settled; null when none was. */
        @JsonProperty
        public Integer attainmentPercent() {
            return new Attainment(metOnTime, metLate, breached).percent();
        }
    }

    /**
     * Cases received in one language in a period and how their first responses went, for the annual Welsh Language
     * Standards report: Welsh correspondence must be answered no later than English.
     *
     * @param language  "cy" or "en"
     * @param received  cases opened in the period in this language
     * @param onTime    of those, first responses made by their deadline
     * @param metLate   first responses made after their deadline
     * @param overdue   no first response yet, and the deadline has passed
     */
    public record LanguageRow(String language, long received, long onTime, long metLate, long overdue) {

        /** First responses late: made late, or not made and overdue. */
        @JsonProperty
        public long late() {
            return metLate + overdue;
        }

        /** On time of those whose deadline has come; null when none has. */
        @JsonProperty
        public Integer onTimePercent() {
            return new Attainment(onTime, metLate, overdue).percent();
        }
    }

    /** The languages the Welsh Language Standards report compares, always shown, Welsh first. */
    static final List<String> REPORTED_LANGUAGES = List.of("cy", "en");

    /** One milestone clock of a case (or the case alone, milestone fields null, when it has no clock). */
    public record CaseMilestoneRow(String reference, String channel, String serviceArea, String status,
                                   String priority, String caseType, String assignedOfficer, Instant openedAt,
                                   String milestone, String allowance, Instant startedAt, Instant dueAt,
                                   Instant metAt, String state) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ZoneId zone;

    DashboardQueries(JdbcClient jdbc, Clock clock, SlaConfiguration sla) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.zone = sla.calendar().zone();
    }

    /** Figures per channel (every channel, even when it has nothing) or per service area (those with cases). */
    public List<GroupFigures> figures(Dimension dimension) {
        Map<String, Long> queued = new TreeMap<>();
        Map<String, Instant> oldest = new TreeMap<>();
        jdbc.sql("select " + dimension.column + " as grp, count(*) as queued, min(opened_at) as oldest"
                        + " from cases where status = 'QUEUED' group by " + dimension.column)
                .query(rs -> {
                    queued.put(rs.getString("grp"), rs.getLong("queued"));
                    oldest.put(rs.getString("grp"), SqlTime.read(rs, "oldest"));
                });
        Map<String, Map<SlaState, Long>> byState = openCasesByState(dimension);
        Instant now = clock.instant();
        LocalDate today = now.atZone(zone).toLocalDate();
        Map<String, Attainment> day = attainment(dimension, today.atStartOfDay(zone).toInstant());
        Map<String, Attainment> week = attainment(dimension,
                today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).atStartOfDay(zone).toInstant());

        Map<String, Boolean> keys = new TreeMap<>();
        if (dimension == Dimension.CHANNEL) {
            for (Channel channel : Channel.values()) {
                keys.put(channel.name(), true);
            }
        }
        for (Map<String, ?> seen : List.of(queued, byState, week)) {
            seen.keySet().forEach(k -> keys.put(k, true));
        }
        List<GroupFigures> figures = new ArrayList<>();
        for (String key : keys.keySet()) {
            figures.add(new GroupFigures(key, queued.getOrDefault(key, 0L), oldest.get(key),
                    byState.getOrDefault(key, Map.of()), day.getOrDefault(key, Attainment.NONE),
                    week.getOrDefault(key, Attainment.NONE)));
        }
        return figures;
    }

    /** Open (not closed) cases by SLA state, per channel or service area. */
    public Map<String, Map<SlaState, Long>> openCasesByState(Dimension dimension) {
        Map<String, Map<SlaState, Long>> byState = new TreeMap<>();
        jdbc.sql("select " + dimension.column + " as grp, sla_state, count(*) as n from cases"
                        + " where status <> 'CLOSED' and sla_state is not null group by " + dimension.column + ", sla_state")
                .query(rs -> {
                    byState.computeIfAbsent(rs.getString("grp"), k -> new EnumMap<>(SlaState.class))
                            .put(SlaState.valueOf(rs.getString("sla_state")), rs.getLong("n"));
                });
        return byState;
    }

    private Map<String, Attainment> attainment(Dimension dimension, Instant since) {
        Map<String, Attainment> result = new LinkedHashMap<>();
        jdbc.sql("select c." + dimension.column + " as grp,"
                        + " sum(case when m.state = 'MET' then 1 else 0 end) as met,"
                        + " sum(case when m.state = 'MET_LATE' then 1 else 0 end) as late,"
                        + " sum(case when m.state = 'BREACHED' then 1 else 0 end) as breached"
                        + " from sla_milestone m join cases c on c.id = m.case_id"
                        + " where " + SETTLED_SINCE + " group by c." + dimension.column)
                .param("since", SqlTime.of(since))
                .query(rs -> {
                    result.put(rs.getString("grp"),
                            new Attainment(rs.getLong("met"), rs.getLong("late"), rs.getLong("breached")));
                });
        return result;
    }

    /** A milestone settled at or after :since: met then, or its deadline passed then unmet. */
    private static final String SETTLED_SINCE = "((m.state in ('MET', 'MET_LATE') and m.met_at >= :since)"
            + " or (m.state = 'BREACHED' and m.due_at >= :since))";

    /** Open cases in this SLA state (AT_RISK or BREACHED), most urgent first. */
    public List<SlaCase> casesIn(SlaState state, int limit) {
        return jdbc.sql("""
                        select reference, channel, service_area, status, assigned_officer, sla_due_at, sla_state
                        from cases where status <> 'CLOSED' and sla_state = :state
                        order by sla_due_at nulls last, opened_at limit :limit""")
                .param("state", state.name()).param("limit", limit)
                .query((rs, n) -> new SlaCase(rs.getString("reference"), rs.getString("channel"),
                        rs.getString("service_area"), rs.getString("status"), rs.getString("assigned_officer"),
                        SqlTime.read(rs, "sla_due_at"), rs.getString("sla_state")))
                .list();
    }

    /**
     * Every enabled officer and supervisor with, per channel they are trained for, the cases they hold (status
     * ASSIGNED, as the shared queue counts capacity) against their capacity.
     */
    public List<OfficerLoad> officerLoad() {
        Map<String, OfficerLoad> officers = new LinkedHashMap<>();
        jdbc.sql("""
                        select o.username, o.display_name, o.presence, oc.channel, oc.capacity,
                               (select count(*) from cases c where c.assigned_officer = o.username
                                and c.status = 'ASSIGNED' and c.channel = oc.channel) as held
                        from officer o join officer_channel oc on oc.username = o.username
                        where o.enabled = true and o.role in ('OFFICER', 'SUPERVISOR')
                        order by o.display_name, o.username, oc.channel""")
                .query(rs -> {
                    String username = rs.getString("username");
                    String displayName = rs.getString("display_name");
                    String presence = rs.getString("presence");
                    officers.computeIfAbsent(username, u -> new OfficerLoad(u, displayName, presence, new ArrayList<>()))
                            .channels().add(new ChannelLoad(Channel.valueOf(rs.getString("channel")),
                                    rs.getLong("held"), rs.getInt("capacity")));
                });
        return List.copyOf(officers.values());
    }

    /** Queued cases per channel, every channel present: the queue-depth gauge. */
    public Map<Channel, Long> queueDepthByChannel() {
        Map<Channel, Long> depth = new EnumMap<>(Channel.class);
        for (Channel channel : Channel.values()) {
            depth.put(channel, 0L);
        }
        jdbc.sql("select channel, count(*) as n from cases where status = 'QUEUED' group by channel")
                .query(rs -> {
                    depth.put(Channel.valueOf(rs.getString("channel")), rs.getLong("n"));
                });
        return depth;
    }

    /** The last {@code days} days up to today, for the charts. Bucketed in Java so that days are the council's. */
    public DailySeries daily(int days) {
        LocalDate today = today();
        LocalDate first = today.minusDays(days - 1L);
        Instant since = first.atStartOfDay(zone).toInstant();
        List<LocalDate> dates = first.datesUntil(today.plusDays(1)).toList();
        Map<Channel, long[]> opened = new EnumMap<>(Channel.class);
        for (Channel channel : Channel.values()) {
            opened.put(channel, new long[days]);
        }
        jdbc.sql("select channel, opened_at from cases where opened_at >= :since")
                .param("since", SqlTime.of(since))
                .query(rs -> {
                    int index = dayIndex(first, SqlTime.read(rs, "opened_at"));
                    if (index >= 0 && index < days) {
                        opened.get(Channel.valueOf(rs.getString("channel")))[index]++;
                    }
                });
        long[] met = new long[days];
        long[] settled = new long[days];
        jdbc.sql("select m.state, m.met_at, m.due_at from sla_milestone m where " + SETTLED_SINCE)
                .param("since", SqlTime.of(since))
                .query(rs -> {
                    String state = rs.getString("state");
                    Instant at = "BREACHED".equals(state) ? SqlTime.read(rs, "due_at") : SqlTime.read(rs, "met_at");
                    int index = dayIndex(first, at);
                    if (index >= 0 && index < days) {
                        settled[index]++;
                        met[index] += "MET".equals(state) ? 1 : 0;
                    }
                });
        Map<Channel, List<Long>> volumes = new EnumMap<>(Channel.class);
        opened.forEach((channel, counts) -> volumes.put(channel, Arrays.stream(counts).boxed().toList()));
        List<Integer> percent = new ArrayList<>();
        for (int i = 0; i < days; i++) {
            percent.add(settled[i] == 0 ? null : (int) (met[i] * 100 / settled[i]));
        }
        return new DailySeries(dates, volumes, percent);
    }

    private int dayIndex(LocalDate first, Instant at) {
        return (int) (at.atZone(zone).toLocalDate().toEpochDay() - first.toEpochDay());
    }

    /**
     * Per month, channel and service area: what became of the milestone clocks started that month (as the daily
     * attainment report counts them): met on time, met late, breached, still open.
     */
    public List<MonthlyRow> monthly(YearMonth from, YearMonth to) {
        record Key(YearMonth month, String channel, String serviceArea) implements Comparable<Key> {
            public int compareTo(Key other) {
                return Comparator.comparing(Key::month).thenComparing(Key::channel)
                        .thenComparing(Key::serviceArea).compare(this, other);
            }
        }
        Map<Key, long[]> tallies = new TreeMap<>();
        jdbc.sql("""
                        select c.channel, c.service_area, m.state, m.started_at
                        from sla_milestone m join cases c on c.id = m.case_id
                        where m.started_at >= :start and m.started_at < :end""")
                .param("start", SqlTime.of(from.atDay(1).atStartOfDay(zone).toInstant()))
                .param("end", SqlTime.of(to.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant()))
                .query(rs -> {
                    YearMonth month = YearMonth.from(SqlTime.read(rs, "started_at").atZone(zone));
                    long[] tally = tallies.computeIfAbsent(
                            new Key(month, rs.getString("channel"), rs.getString("service_area")), k -> new long[4]);
                    switch (SlaState.valueOf(rs.getString("state"))) {
                        case MET -> tally[0]++;
                        case MET_LATE -> tally[1]++;
                        case BREACHED -> tally[2]++;
                        default -> tally[3]++;
                    }
                });
        List<MonthlyRow> rows = new ArrayList<>();
        tallies.forEach((key, t) -> rows.add(new MonthlyRow(key.month(), key.channel(), key.serviceArea(),
                t[0], t[1], t[2], t[3])));
        return rows;
    }

    /**
     * Cases opened from the first day to the last (inclusive, the council's days), each with its milestone clocks,
     * oldest first; streamed to the consumer so that a year's export is never held in memory.
     */
    public void casesWithMilestones(LocalDate from, LocalDate to, Consumer<CaseMilestoneRow> consumer) {
        jdbc.sql("""
                        select c.reference, c.channel, c.service_area, c.status, c.priority, c.case_type,
                               c.assigned_officer, c.opened_at, m.milestone, m.allowance, m.started_at, m.due_at,
                               m.met_at, m.state
                        from cases c left join sla_milestone m on m.case_id = c.id
                        where c.opened_at >= :start and c.opened_at < :end
                        order by c.opened_at, c.id, m.id""")
                .param("start", SqlTime.of(from.atStartOfDay(zone).toInstant()))
                .param("end", SqlTime.of(to.plusDays(1).atStartOfDay(zone).toInstant()))
                .query(rs -> {
                    consumer.accept(new CaseMilestoneRow(rs.getString("reference"), rs.getString("channel"),
                            rs.getString("service_area"), rs.getString("status"), rs.getString("priority"),
                            rs.getString("case_type"), rs.getString("assigned_officer"), SqlTime.read(rs, "opened_at"),
                            rs.getString("milestone"), rs.getString("allowance"), SqlTime.read(rs, "started_at"),
                            SqlTime.read(rs, "due_at"), SqlTime.read(rs, "met_at"), rs.getString("state")));
                });
    }

    /**
     * Per language, the cases opened from the first day to the last (inclusive, the council's days) and their first
     * responses: on time, late, overdue (each case's latest first-response clock). Welsh and English always appear.
     */
    public List<LanguageRow> languageAttainment(LocalDate from, LocalDate to) {
        record CaseClock(String language, String state) {
        }
        Map<Long, CaseClock> byCase = new LinkedHashMap<>();
        jdbc.sql("""
                        select c.id, c.language, m.state
                        from cases c left join sla_milestone m on m.case_id = c.id and m.milestone = 'FIRST_RESPONSE'
                        where c.opened_at >= :start and c.opened_at < :end
                        order by c.id, m.id""")
                .param("start", SqlTime.of(from.atStartOfDay(zone).toInstant()))
                .param("end", SqlTime.of(to.plusDays(1).atStartOfDay(zone).toInstant()))
                .query(rs -> {
                    // Ordered by clock: the case's latest first-response clock is the one that counts.
                    byCase.put(rs.getLong("id"), new CaseClock(rs.getString("language"), rs.getString("state")));
                });
        Map<String, long[]> tallies = new LinkedHashMap<>();
        REPORTED_LANGUAGES.forEach(language -> tallies.put(language, new long[4]));
        byCase.values().forEach(clock -> {
            long[] tally = tallies.computeIfAbsent(clock.language(), k -> new long[4]);
            tally[0]++;
            if (clock.state() != null) {
                switch (SlaState.valueOf(clock.state())) {
                    case MET -> tally[1]++;
                    case MET_LATE -> tally[2]++;
                    case BREACHED -> tally[3]++;
                    default -> { }
                }
            }
        });
        List<LanguageRow> rows = new ArrayList<>();
        tallies.forEach((language, t) -> rows.add(new LanguageRow(language, t[0], t[1], t[2], t[3])));
        return rows;
    }

    /** Milestones of a case met at this moment (or, with null, already met): for the time-taken histograms. */
    public List<MetMilestone> metMilestones(long caseId, Instant metAt) {
        return jdbc.sql("select c.channel, m.milestone, m.started_at, m.met_at from sla_milestone m"
                        + " join cases c on c.id = m.case_id where m.case_id = :id and m.met_at is not null"
                        + (metAt == null ? "" : " and m.met_at = :at"))
                .param("id", caseId).param("at", SqlTime.of(metAt))
                .query((rs, n) -> new MetMilestone(Channel.valueOf(rs.getString("channel")), rs.getString("milestone"),
                        SqlTime.read(rs, "started_at"), SqlTime.read(rs, "met_at")))
                .list();
    }

    public record MetMilestone(Channel channel, String milestone, Instant startedAt, Instant metAt) {
    }

    ZoneId zone() {
        return zone;
    }

    /** Today in the council's time zone, by the application's clock. */
    LocalDate today() {
        return clock.instant().atZone(zone).toLocalDate();
    }
}
