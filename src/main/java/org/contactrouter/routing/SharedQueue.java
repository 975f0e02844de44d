package org.contactrouter.routing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import org.contactrouter.caseload.CaseEventType;
import org.contactrouter.caseload.CaseLifecycle;
import org.contactrouter.caseload.CaseRepository;
import org.contactrouter.caseload.CaseStatus;
import org.contactrouter.contact.Channel;
import org.contactrouter.officer.Officer;
import org.contactrouter.officer.OfficerDirectory;
import org.contactrouter.persistence.SqlTime;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The shared queue: the most urgent case an officer is qualified for, earliest deadline first across channels, then
 * oldest. Two officers asking at once never get the same case: a case is taken with a conditional update that only
 * one transaction can win, and an officer's own requests are serialised on their row so capacity holds.
 *
 * <p>The order is {@link QueueOrder}'s, written in SQL here; change both together.
 */
@Service
public class SharedQueue {

    /** Candidates examined per take-next: enough to skip cases another officer won a moment earlier. */
    private static final int CANDIDATES = 20;

    private final JdbcClient jdbc;
    private final String queuedCases;
    private final OfficerDirectory officers;
    private final CaseRepository cases;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public SharedQueue(JdbcClient jdbc, DataSource dataSource, OfficerDirectory officers, CaseRepository cases,
                       ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.queuedCases = QueueOrderIndex.hintedFrom(dataSource);
        this.officers = officers;
        this.cases = cases;
        this.events = events;
        this.clock = clock;
    }

    /** Assigns the most urgent case the officer may take, if any. */
    @Transactional
    public Optional<QueuedCase> takeNext(String username) {
        lockOfficer(username);
        Eligibility eligibility = eligibilityOf(username);
        Instant now = clock.instant();
        for (QueuedCase candidate : eligible(eligibility, CANDIDATES)) {
            if (assign(candidate, username, now, "took the next case")) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** Takes a chosen queued case, when the officer may take it under the routing rules. */
    @Transactional
    public QueuedCase claim(String username, String reference) {
        lockOfficer(username);
        QueuedCase chosen = find(reference);
        if (!CaseStatus.QUEUED.name().equals(chosen.status())) {
            throw new CaseActionRefused(reference + " is not in the queue");
        }
        Eligibility eligibility = eligibilityOf(username);
        if (!eligibility.allows(Channel.valueOf(chosen.channel()), chosen.serviceArea(), chosen.language(),
                chosen.wideningLevel())) {
            throw new CaseActionRefused("you are not qualified for " + reference + " or have no capacity left");
        }
        if (!assign(chosen, username, clock.instant(), "claimed from the queue")) {
            throw new CaseActionRefused(reference + " was just taken by someone else");
        }
        return chosen;
    }

    /** The queued cases the officer may take, most urgent first. */
    public List<QueuedCase> queueFor(String username, int limit) {
        return eligible(eligibilityOf(username), limit);
    }

    public List<QueuedCase> heldBy(String username) {
        return jdbc.sql(SELECT + " where c.assigned_officer = :u and c.status in ('ASSIGNED', 'AWAITING_CITIZEN', 'RESPONDED')"
                        + " order by c.sla_due_at nulls last, c.opened_at")
                .param("u", username).query(SharedQueue::queued).list();
    }

    public QueuedCase find(String reference) {
        return jdbc.sql(SELECT + " where c.reference = :r").param("r", reference).query(SharedQueue::queued)
                .optional().orElseThrow(() -> new CaseActionRefused("no case " + reference));
    }

    Eligibility eligibilityOf(String username) {
        Officer officer = officers.find(username)
                .orElseThrow(() -> new CaseActionRefused(username + " is not an officer"));
        Map<Channel, Integer> held = new EnumMap<>(Channel.class);
        jdbc.sql("""
                        select channel, count(*) as held from cases
                        where assigned_officer = :u and status = 'ASSIGNED' group by channel""")
                .param("u", username)
                .query((rs, row) -> Map.entry(Channel.valueOf(rs.getString("channel")), rs.getInt("held")))
                .list().forEach(e -> held.put(e.getKey(), e.getValue()));
        return Eligibility.of(officer, held);
    }

    private List<QueuedCase> eligible(Eligibility eligibility, int limit) {
        Map<String, Object> params = new LinkedHashMap<>();
        Optional<String> eligible = eligibleCondition(eligibility, params);
        if (eligible.isEmpty()) {
            return List.of();
        }
        params.put("limit", limit);
        return jdbc.sql(COLUMNS + queuedCases + eligible.get()
                        // status first (constant here) so that the order is the index's own: no sort of the queue
                        + " order by c.status, c.sla_due_at, c.opened_at, c.id limit :limit")
                .params(params).query(SharedQueue::queued).list();
    }

    /** How many queued cases the officer may take on each channel: the whole queue they see, not only its top. */
    public Map<Channel, Long> countsFor(String username) {
        Map<String, Object> params = new LinkedHashMap<>();
        Map<Channel, Long> counts = new EnumMap<>(Channel.class);
        eligibleCondition(eligibilityOf(username), params).ifPresent(eligible ->
                jdbc.sql("select c.channel, count(*) as n from cases c" + eligible + " group by c.channel")
                        .params(params)
                        .query((rs, row) -> Map.entry(Channel.valueOf(rs.getString("channel")), rs.getLong("n")))
                        .list().forEach(e -> counts.put(e.getKey(), e.getValue())));
        return counts;
    }

    /** The WHERE clause of the queued cases the officer may take; empty when they may take none. */
    private static Optional<String> eligibleCondition(Eligibility eligibility, Map<String, Object> params) {
        List<String> alternatives = new ArrayList<>();
        if (!eligibility.trainedWithSpace().isEmpty()) {
            params.put("trained", eligibility.trainedWithSpace().stream().map(Enum::name).toList());
            if (eligibility.serviceAreas().isEmpty()) {
                alternatives.add("(c.channel in (:trained) and c.widening_level >= 1)");
            } else {
                params.put("areas", eligibility.serviceAreas());
                alternatives.add("(c.channel in (:trained) and (c.service_area in (:areas) or c.widening_level >= 1))");
            }
        }
        if (!eligibility.anyWithSpace().isEmpty()) {
            params.put("any", eligibility.anyWithSpace().stream().map(Enum::name).toList());
            alternatives.add("(c.widening_level >= 2 and c.channel in (:any))");
        }
        if (alternatives.isEmpty()) {
            return Optional.empty();
        }
        params.put("me", eligibility.username());
        return Optional.of(" where c.status = 'QUEUED'"
                + " and not exists (select 1 from case_offer o where o.case_id = c.id and o.status = 'OFFERED'"
                + " and o.officer <> :me)"
                + (eligibility.welshSpeaker() ? "" : " and c.language <> 'cy'")
                + " and (" + String.join(" or ", alternatives) + ")");
    }

    /** Gives a queued case to the officer unless someone else got it first; true when this call won it. */
    boolean assign(QueuedCase candidate, String username, Instant now, String how) {
        int won = jdbc.sql("""
                        update cases set status = 'ASSIGNED', assigned_officer = :u, updated_at = :now
                        where id = :id and status = 'QUEUED'""")
                .param("u", username).param("now", SqlTime.of(now)).param("id", candidate.id()).update();
        if (won == 0) {
            return false;
        }
        jdbc.sql("update officer set last_assigned_at = :now where username = :u")
                .param("now", SqlTime.of(now)).param("u", username).update();
        cases.appendEvent(candidate.id(), CaseEventType.ASSIGNED, now, username, how);
        events.publishEvent(new CaseLifecycle.StatusChanged(candidate.id(), candidate.reference(), CaseStatus.QUEUED,
                CaseStatus.ASSIGNED, now));
        return true;
    }

    void lockOfficer(String username) {
        jdbc.sql("select username from officer where username = :u for update").param("u", username)
                .query(String.class).optional()
                .orElseThrow(() -> new CaseActionRefused(username + " is not an officer"));
    }

    private static final String COLUMNS = """
            select c.id, c.reference, c.status, c.channel, c.service_area, c.language, c.priority, c.subject,
                   c.assigned_officer, c.opened_at, c.sla_due_at, c.sla_state, c.widening_level
            """;

    static final String SELECT = COLUMNS + "from cases c";

    static QueuedCase queued(ResultSet rs, int row) throws SQLException {
        return new QueuedCase(rs.getLong("id"), rs.getString("reference"), rs.getString("status"),
                rs.getString("channel"), rs.getString("service_area"), rs.getString("language"),
                rs.getString("priority"), rs.getString("subject"), rs.getString("assigned_officer"),
                SqlTime.read(rs, "opened_at"), SqlTime.read(rs, "sla_due_at"), rs.getString("sla_state"),
                rs.getInt("widening_level"));
    }
}
