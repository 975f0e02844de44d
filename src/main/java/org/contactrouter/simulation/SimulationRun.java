package org.contactrouter.simulation;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;

import org.contactrouter.classification.Classifier;
import org.contactrouter.routing.PoolWidening;
import org.contactrouter.sla.BusinessCalendar;
import org.contactrouter.sla.Milestone;
import org.contactrouter.sla.MilestoneClock;
import org.contactrouter.sla.SlaConfiguration;
import org.contactrouter.sla.SlaStandard;
import org.contactrouter.sla.SlaSummary;
import org.contactrouter.sla.TimedMilestone;

/**
 * One run of the discrete-event simulation. Events (arrivals, hand-overs, widening steps, handling completions,
 * shift starts and ends, hourly queue samples) are taken from a priority queue in time order, ties in the order they
 * were scheduled, so a run is fully determined by its inputs.
 *
 * <p>Dispatch keeps one invariant: no free officer on shift may take any waiting case. It can only break when a case
 * starts waiting or widens (then the longest-free officer who may take it gets it, as the live push mode offers it)
 * or when an officer becomes free (then they take the most urgent case they may, as take-next gives it).
 *
 * <p>The run ends when every case is answered, or a week after the last deadline of a case still waiting: what is
 * unanswered then is breached.
 */
final class SimulationRun {

    /** The reception desk takes any contact: the live rule at its widest level; a Welsh one still needs a Welsh speaker. */
    private static final int RECEPTION_LEVEL = 2;
    /** Time given after the last deadline for late answers, so late and breached are told apart. */
    private static final Duration DRAIN = Duration.ofDays(7);
    private static final Duration SAMPLE_EVERY = Duration.ofHours(1);
    /** How far ahead an officer's next shift is looked for. */
    private static final int SHIFT_SEARCH_DAYS = 14;
    /** Milestones timed from the case's first contact: next-response starts only on a follow-up, not simulated. */
    private static final Set<Milestone> FROM_OPENING = EnumSet.of(Milestone.ACKNOWLEDGE, Milestone.FIRST_RESPONSE,
            Milestone.RESOLVE);
    /** The officer answers and closes the case, which meets every clock, as a reply and closing do live. */
    private static final Set<Milestone> ANSWERED_AND_CLOSED = EnumSet.allOf(Milestone.class);

    private enum Kind { ARRIVAL, HANDED_OVER, WIDEN, DONE, SHIFT_START, SHIFT_END, SAMPLE }

    private record Event(Instant at, long sequence, Kind kind, SimCase subject, SimOfficer officer, SimulatedContact arrival) {
    }

    private final Classifier classifier;
    private final SlaConfiguration sla;
    private final BusinessCalendar calendar;
    private final PoolWidening widening;
    private final boolean handsOver;
    private final HandlingTimes handling;
    private final List<SimOfficer> officers = new ArrayList<>();

    private final PriorityQueue<Event> events = new PriorityQueue<>(
            Comparator.comparing(Event::at).thenComparingLong(Event::sequence));
    private final WaitingCases waiting = new WaitingCases();
    /** Free officers on shift, longest free first. */
    private final Set<SimOfficer> free = new LinkedHashSet<>();
    private final List<SimCase> cases = new ArrayList<>();
    private final List<SimulationReport.QueueSample> samples = new ArrayList<>();
    private long sequence;
    private int arrivalsDue;
    private int unanswered;
    private Instant lastDeadline = Instant.MIN;

    SimulationRun(Classifier classifier, SlaConfiguration sla, PoolWidening widening, boolean handsOver,
                  HandlingTimes handling, Rota rota) {
        this.classifier = classifier;
        this.sla = sla;
        this.calendar = sla.calendar();
        this.widening = widening;
        this.handsOver = handsOver;
        this.handling = handling;
        rota.officers().forEach(o -> officers.add(new SimOfficer(o,
                handsOver && o.reception() ? SimCase.Stage.RECEPTION : SimCase.Stage.SPECIALIST)));
    }

    SimulationReport replay(Policy policy, List<SimulatedContact> arrivals) {
        if (!arrivals.isEmpty()) {
            Instant first = arrivals.get(0).contact().receivedAt();
            arrivals.forEach(a -> schedule(a.contact().receivedAt(), Kind.ARRIVAL, null, null, a));
            arrivalsDue = arrivals.size();
            officers.forEach(o -> nextShiftAfter(o, first).ifPresent(at -> schedule(at, Kind.SHIFT_START, null, o, null)));
            schedule(first.truncatedTo(ChronoUnit.HOURS), Kind.SAMPLE, null, null, null);
        }
        Instant now = arrivals.isEmpty() ? Instant.EPOCH : arrivals.get(0).contact().receivedAt();
        while (!events.isEmpty() && !finished(events.peek().at())) {
            Event event = events.poll();
            now = event.at();
            handle(event);
        }
        Instant end = unanswered == 0 ? now : lastDeadline.plus(DRAIN);
        ReportBuilder report = new ReportBuilder(calendar);
        cases.forEach(c -> report.add(c, end));
        return new SimulationReport(policy, arrivals.size(), officers.size(), report.groups(), utilisation(now), samples);
    }

    private boolean finished(Instant next) {
        return arrivalsDue == 0 && (unanswered == 0 || next.isAfter(lastDeadline.plus(DRAIN)));
    }

    private void handle(Event event) {
        switch (event.kind()) {
            case ARRIVAL -> open(event.arrival(), event.at());
            case HANDED_OVER -> offer(event.subject(), event.at());
            case WIDEN -> widen(event.subject(), event.at());
            case DONE -> finish(event.officer(), event.at());
            case SHIFT_START -> startShift(event.officer(), event.at());
            case SHIFT_END -> endShift(event.officer(), event.at());
            case SAMPLE -> sample(event.at());
        }
    }

    private void open(SimulatedContact arrival, Instant now) {
        arrivalsDue--;
        unanswered++;
        Classifier.Classification classification = classifier.classify(arrival.contact(), null);
        SlaStandard standard = sla.standards().standardFor(arrival.contact().channel(), classification.serviceArea(),
                arrival.priority(), arrival.caseType());
        Map<Milestone, MilestoneClock> clocks = new EnumMap<>(Milestone.class);
        List<TimedMilestone> timed = new ArrayList<>();
        for (Milestone milestone : FROM_OPENING) {
            standard.startClock(milestone, now)
                    .map(c -> milestone == Milestone.ACKNOWLEDGE
                            && Simulation.ACKNOWLEDGED_ON_RECEIPT.contains(arrival.contact().channel()) ? c.meet(now) : c)
                    .ifPresent(c -> {
                        clocks.put(milestone, c);
                        TimedMilestone at = TimedMilestone.at(c, calendar, now);
                        timed.add(at);
                        lastDeadline = later(lastDeadline, at.status().dueAt());
                    });
        }
        SimCase opened = new SimCase(cases.size() + 1L, arrival, classification, clocks, SlaSummary.of(timed).dueAt(),
                handsOver ? SimCase.Stage.RECEPTION : SimCase.Stage.SPECIALIST);
        cases.add(opened);
        if (opened.stage == SimCase.Stage.SPECIALIST) {
            opened.wideningLevel = levelAt(opened, now);
            scheduleWidening(opened, now);
        }
        offer(opened, now);
    }

    /** A case starts waiting: the longest-free officer who may take it does, or it joins the queue. */
    private void offer(SimCase ready, Instant now) {
        WaitingCases.Kind kind = WaitingCases.Kind.of(ready);
        for (SimOfficer officer : free) {
            if (mayTake(officer, kind)) {
                assign(officer, ready, now);
                return;
            }
        }
        waiting.add(ready);
    }

    private void widen(SimCase widened, Instant now) {
        int level = levelAt(widened, now);
        if (level <= widened.wideningLevel || !waiting.remove(widened)) {
            return;
        }
        widened.wideningLevel = level;
        scheduleWidening(widened, now);
        offer(widened, now);
    }

    private int levelAt(SimCase queued, Instant now) {
        return queued.dueAt == null ? 0
                : Math.max(queued.wideningLevel, widening.levelAt(calendar, queued.openedAt(), queued.dueAt, now));
    }

    private void scheduleWidening(SimCase queued, Instant now) {
        if (queued.dueAt != null) {
            widening.nextChangeAt(calendar, queued.openedAt(), queued.dueAt, queued.wideningLevel)
                    .ifPresent(at -> schedule(later(at, now), Kind.WIDEN, queued, null, null));
        }
    }

    private boolean mayTake(SimOfficer officer, WaitingCases.Kind kind) {
        int level = kind.stage() == SimCase.Stage.RECEPTION ? RECEPTION_LEVEL : kind.wideningLevel();
        return officer.works == kind.stage()
                && officer.whenFree.allows(kind.channel(), kind.serviceArea(), kind.language(), level);
    }

    private void assign(SimOfficer officer, SimCase taken, Instant now) {
        free.remove(officer);
        if (taken.stage == SimCase.Stage.RECEPTION && answersAtReception(officer, taken)) {
            taken.stage = SimCase.Stage.SPECIALIST;
        }
        officer.current = taken;
        officer.currentStartedAt = now;
        Duration time = taken.stage == SimCase.Stage.RECEPTION
                ? handling.triage().get(taken.channel()) : taken.arrival.handling();
        schedule(now.plus(time), Kind.DONE, taken, officer, null);
    }

    /** The desk answers what its officer is trained for (the live rule at level 0) and hands over the rest. */
    private static boolean answersAtReception(SimOfficer officer, SimCase taken) {
        return officer.whenFree.allows(taken.channel(), taken.classification.serviceArea(),
                taken.classification.language(), 0);
    }

    private void finish(SimOfficer officer, Instant now) {
        SimCase done = officer.current;
        officer.busyTime = officer.busyTime.plus(Duration.between(officer.currentStartedAt, now));
        officer.current = null;
        if (done.stage == SimCase.Stage.RECEPTION) {
            // The desk tells the citizen their contact is passed on, which acknowledges it.
            done.meet(EnumSet.of(Milestone.ACKNOWLEDGE), now);
            done.stage = SimCase.Stage.SPECIALIST;
            Instant reachesSpecialists = handling.handoverDelay().isZero() ? now
                    : calendar.addWorkingTime(now, handling.handoverDelay());
            schedule(reachesSpecialists, Kind.HANDED_OVER, done, null, null);
        } else {
            done.meet(ANSWERED_AND_CLOSED, now);
            done.respondedAt = now;
            unanswered--;
        }
        if (officer.onShift) {
            takeNext(officer, now);
        }
    }

    /** A free officer takes the most urgent case they may, or waits for one. */
    private void takeNext(SimOfficer officer, Instant now) {
        Optional<SimCase> next = waiting.mostUrgent(kind -> mayTake(officer, kind));
        if (next.isPresent()) {
            waiting.remove(next.get());
            assign(officer, next.get(), now);
        } else {
            free.add(officer);
        }
    }

    private void startShift(SimOfficer officer, Instant now) {
        officer.onShift = true;
        officer.shiftStartedAt = now;
        schedule(shiftEnd(officer, now), Kind.SHIFT_END, null, officer, null);
        if (officer.current == null) {
            takeNext(officer, now);
        }
    }

    /** The officer finishes the case in hand, if any, but takes no more. */
    private void endShift(SimOfficer officer, Instant now) {
        officer.onShift = false;
        officer.rosteredTime = officer.rosteredTime.plus(Duration.between(officer.shiftStartedAt, now));
        free.remove(officer);
        nextShiftAfter(officer, now.plusSeconds(1)).ifPresent(at -> schedule(at, Kind.SHIFT_START, null, officer, null));
    }

    private void sample(Instant now) {
        samples.add(new SimulationReport.QueueSample(now, waiting.size()));
        schedule(now.plus(SAMPLE_EVERY), Kind.SAMPLE, null, null, null);
    }

    /** The start of the officer's first shift at or after {@code from}. */
    private Optional<Instant> nextShiftAfter(SimOfficer officer, Instant from) {
        LocalDate date = from.atZone(calendar.zone()).toLocalDate();
        for (int day = 0; day < SHIFT_SEARCH_DAYS; day++, date = date.plusDays(1)) {
            Optional<Instant> start = Optional.empty();
            for (Shift shift : officer.rostered.shifts()) {
                Instant at = ZonedDateTime.of(date, shift.from(), calendar.zone()).toInstant();
                if (worked(shift, date) && !at.isBefore(from) && start.map(at::isBefore).orElse(true)) {
                    start = Optional.of(at);
                }
            }
            if (start.isPresent()) {
                return start;
            }
        }
        return Optional.empty();
    }

    private Instant shiftEnd(SimOfficer officer, Instant started) {
        ZonedDateTime local = started.atZone(calendar.zone());
        return officer.rostered.shifts().stream()
                .filter(s -> worked(s, local.toLocalDate()) && s.from().equals(local.toLocalTime()))
                .map(s -> ZonedDateTime.of(local.toLocalDate(), s.to(), calendar.zone()).toInstant())
                .max(Comparator.naturalOrder()).orElseThrow();
    }

    private boolean worked(Shift shift, LocalDate date) {
        return shift.days().contains(date.getDayOfWeek()) && (shift.closedDays() || calendar.isWorkingDay(date));
    }

    /** Handling time over rostered time, both counted until {@code end}. */
    private double utilisation(Instant end) {
        Duration rostered = Duration.ZERO;
        Duration busy = Duration.ZERO;
        for (SimOfficer officer : officers) {
            rostered = rostered.plus(officer.rosteredTime);
            busy = busy.plus(officer.busyTime);
            if (officer.onShift) {
                rostered = rostered.plus(Duration.between(officer.shiftStartedAt, later(officer.shiftStartedAt, end)));
            }
            if (officer.current != null) {
                busy = busy.plus(Duration.between(officer.currentStartedAt, later(officer.currentStartedAt, end)));
            }
        }
        return rostered.isZero() ? 0 : (double) busy.toSeconds() / rostered.toSeconds();
    }

    private void schedule(Instant at, Kind kind, SimCase subject, SimOfficer officer, SimulatedContact arrival) {
        events.add(new Event(at, sequence++, kind, subject, officer, arrival));
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
