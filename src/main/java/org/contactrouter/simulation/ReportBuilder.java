package org.contactrouter.simulation;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.contactrouter.contact.Channel;
import org.contactrouter.sla.BusinessCalendar;
import org.contactrouter.sla.Milestone;
import org.contactrouter.sla.MilestoneClock;
import org.contactrouter.sla.WorkingTimeStatistics;

/** Adds up the cases of a finished run into report rows, with the live SLA states and working-time statistics. */
final class ReportBuilder {

    private record Key(Channel channel, String serviceArea) {
    }

    private static final Comparator<Key> ORDER = Comparator
            .comparing(Key::channel, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Key::serviceArea, Comparator.nullsFirst(Comparator.naturalOrder()));

    private static final class Tally {
        int cases;
        final Map<Milestone, Attainment> milestones = new EnumMap<>(Milestone.class);
        final List<Duration> responseTimes = new ArrayList<>();
    }

    private final BusinessCalendar calendar;
    private final Map<Key, Tally> tallies = new TreeMap<>(ORDER);

    ReportBuilder(BusinessCalendar calendar) {
        this.calendar = calendar;
    }

    /** Counts the case, with its clocks' states at the end of the run, in its area's, channel's and overall rows. */
    void add(SimCase done, Instant end) {
        Map<Milestone, Attainment> outcomes = new EnumMap<>(Milestone.class);
        done.clocks.forEach((milestone, clock) -> outcomes.put(milestone, outcome(clock, end)));
        Duration toRespond = done.respondedAt == null ? null : calendar.workingTimeBetween(done.openedAt(), done.respondedAt);
        Channel channel = done.channel();
        for (Key key : List.of(new Key(channel, done.classification.serviceArea()), new Key(channel, null), new Key(null, null))) {
            Tally tally = tallies.computeIfAbsent(key, k -> new Tally());
            tally.cases++;
            outcomes.forEach((milestone, outcome) -> tally.milestones.merge(milestone, outcome, Attainment::plus));
            if (toRespond != null) {
                tally.responseTimes.add(toRespond);
            }
        }
    }

    List<SimulationReport.Group> groups() {
        List<SimulationReport.Group> groups = new ArrayList<>();
        tallies.forEach((key, tally) -> {
            WorkingTimeStatistics times = WorkingTimeStatistics.of(tally.responseTimes);
            groups.add(new SimulationReport.Group(key.channel(), key.serviceArea(), tally.cases, tally.milestones,
                    times.count(), times.mean(), times.percentile(90)));
        });
        if (groups.isEmpty() || groups.get(groups.size() - 1).channel() != null) {
            groups.add(new SimulationReport.Group(null, null, 0, Map.of(), 0, Duration.ZERO, Duration.ZERO));
        }
        return groups;
    }

    private Attainment outcome(MilestoneClock clock, Instant end) {
        return switch (Objects.requireNonNull(clock.statusAt(calendar, end).state())) {
            case MET -> new Attainment(1, 0, 0, 0);
            case MET_LATE -> new Attainment(0, 1, 0, 0);
            case BREACHED -> new Attainment(0, 0, 1, 0);
            case ON_TRACK, AT_RISK, PAUSED -> new Attainment(0, 0, 0, 1);
        };
    }
}
