package org.contactrouter.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The clock holding one milestone of one case to its allowance. Immutable: every event returns a new clock.
 *
 * <p>It keeps only facts (when it started, when it was paused and resumed, when it was met) and the allowance; the
 * deadline is always derived from them with the current calendar. A database can therefore store exactly these
 * fields, rebuild the clock with the canonical constructor, and recompute after the standard or the calendar
 * changes ({@link #withAllowance}) without losing the time already paused.
 *
 * <p>Pauses (case awaiting the citizen) do not use up allowance: the deadline is the moment the time the clock has
 * been running, on the allowance's own scale, reaches the allowance. A pause that starts after the deadline does
 * not undo the breach.
 *
 * @param milestone      which milestone
 * @param allowance      the standard's allowance for it
 * @param warningPercent share of the allowance after which the milestone is at risk, 0 to 100
 * @param startedAt      when the clock was started (contact received, or the citizen's follow-up for
 *                       {@link Milestone#NEXT_RESPONSE}); working-time clocks begin at the next opening after it
 * @param pauses         pauses in order, not overlapping; only the last may be open
 * @param metAt          when the milestone was met, or null
 */
public record MilestoneClock(
        Milestone milestone,
        SlaDuration allowance,
        int warningPercent,
        Instant startedAt,
        List<Pause> pauses,
        Instant metAt) {

    public MilestoneClock {
        Objects.requireNonNull(milestone, "milestone");
        Objects.requireNonNull(allowance, "allowance");
        Objects.requireNonNull(startedAt, "startedAt");
        if (warningPercent < 0 || warningPercent > 100) {
            throw new IllegalArgumentException("warning threshold must be 0 to 100 percent: " + warningPercent);
        }
        pauses = List.copyOf(pauses);
        Instant previous = startedAt;
        for (int i = 0; i < pauses.size(); i++) {
            Pause pause = pauses.get(i);
            if (pause.from().isBefore(previous)) {
                throw new IllegalArgumentException("pause " + pause + " overlaps the clock start or an earlier pause");
            }
            if (pause.isOpen() && i < pauses.size() - 1) {
                throw new IllegalArgumentException("only the last pause may be open: " + pause);
            }
            previous = pause.isOpen() ? pause.from() : pause.until();
        }
        if (metAt != null && (metAt.isBefore(previous) || isOpen(pauses))) {
            throw new IllegalArgumentException("met at " + metAt + " must follow the start and every pause, all closed");
        }
    }

    /** A running clock with no pauses. */
    public static MilestoneClock start(Milestone milestone, SlaDuration allowance, int warningPercent, Instant startedAt) {
        return new MilestoneClock(milestone, allowance, warningPercent, startedAt, List.of(), null);
    }

    /** A fresh clock from {@code at} with the same allowance: the citizen wrote again on an open case. */
    public MilestoneClock restartAt(Instant at) {
        return start(milestone, allowance, warningPercent, at);
    }

    /** The case started waiting for the citizen. */
    public MilestoneClock pause(Instant at) {
        requireRunning("pause");
        requireNotBeforeLastEvent(at);
        List<Pause> more = new ArrayList<>(pauses);
        more.add(new Pause(at, null));
        return new MilestoneClock(milestone, allowance, warningPercent, startedAt, more, null);
    }

    /** The citizen replied: the clock runs again. */
    public MilestoneClock resume(Instant at) {
        if (!isPaused()) {
            throw new IllegalStateException(milestone + " clock is not paused");
        }
        requireNotBeforeLastEvent(at);
        return new MilestoneClock(milestone, allowance, warningPercent, startedAt, closeOpenPause(at), null);
    }

    /** The milestone was met; an open pause ends at the same moment. */
    public MilestoneClock meet(Instant at) {
        if (isMet()) {
            throw new IllegalStateException(milestone + " was already met at " + metAt);
        }
        requireNotBeforeLastEvent(at);
        return new MilestoneClock(milestone, allowance, warningPercent, startedAt, closeOpenPause(at), at);
    }

    /** The same history under a new allowance: the case changed type, area or priority, or the standards changed. */
    public MilestoneClock withAllowance(SlaDuration newAllowance, int newWarningPercent) {
        return new MilestoneClock(milestone, newAllowance, newWarningPercent, startedAt, pauses, metAt);
    }

    public boolean isPaused() {
        return isOpen(pauses);
    }

    public boolean isMet() {
        return metAt != null;
    }

    /** Deadline, warning time, state and allowance left at {@code now}, on the given calendar. */
    public MilestoneStatus statusAt(BusinessCalendar calendar, Instant now) {
        TimeScale scale = TimeScale.of(allowance, calendar);
        Instant clockStart = allowance.clockStart(calendar, startedAt);
        Duration budget = allowance.budget(calendar, clockStart);
        List<Pause> closed = pauses.stream().map(p -> new Pause(p.from(), p.endOr(now))).toList();
        Instant dueAt = allowance.settle(calendar, asTheStandardWritesIt(scale,
                reach(scale, clockStart, budget, closed), allowance.deadlineFrom(calendar, startedAt)));
        Instant warnAt = reach(scale, clockStart, budget.multipliedBy(warningPercent).dividedBy(100), closed);
        Instant measuredTo = isMet() ? metAt : now;
        Duration remaining = budget.minus(runningTime(scale, clockStart, measuredTo, closed));
        return new MilestoneStatus(milestone, state(now, dueAt, warnAt), clockStart, dueAt, warnAt, metAt, remaining);
    }

    private SlaState state(Instant now, Instant dueAt, Instant warnAt) {
        if (isMet()) {
            return metAt.isAfter(dueAt) ? SlaState.MET_LATE : SlaState.MET;
        }
        if (now.isAfter(dueAt)) {
            return SlaState.BREACHED;
        }
        if (isPaused()) {
            return SlaState.PAUSED;
        }
        return now.isBefore(warnAt) ? SlaState.ON_TRACK : SlaState.AT_RISK;
    }

    /** The first instant at which the clock has run for {@code budget}, skipping the pauses. */
    private static Instant reach(TimeScale scale, Instant clockStart, Duration budget, List<Pause> closedPauses) {
        Instant cursor = clockStart;
        Duration remaining = budget;
        for (Pause pause : closedPauses) {
            if (pause.from().isAfter(cursor)) {
                Instant candidate = scale.plus(cursor, remaining);
                if (!candidate.isAfter(pause.from())) {
                    return candidate;
                }
                remaining = remaining.minus(scale.between(cursor, pause.from()));
            }
            cursor = pause.until().isAfter(cursor) ? pause.until() : cursor;
        }
        return scale.plus(cursor, remaining);
    }

    /**
     * Closing time and the next opening are the same point in working time. When pauses cost no allowance the
     * deadline is the unpaused one as its unit defines it, e.g. 1 working day from Mon 09:00 is Tue 09:00, not the
     * equivalent Mon 17:00 that counting working time alone would give.
     */
    private static Instant asTheStandardWritesIt(TimeScale scale, Instant pausedDeadline, Instant unpausedDeadline) {
        return scale.between(pausedDeadline, unpausedDeadline).isZero() ? unpausedDeadline : pausedDeadline;
    }

    /** Time the clock ran between its start and {@code to}: the scale's time minus the paused part of it. */
    private static Duration runningTime(TimeScale scale, Instant clockStart, Instant to, List<Pause> closedPauses) {
        Duration running = scale.between(clockStart, to);
        for (Pause pause : closedPauses) {
            Instant from = pause.from().isAfter(clockStart) ? pause.from() : clockStart;
            Instant until = pause.until().isBefore(to) ? pause.until() : to;
            if (from.isBefore(until)) {
                running = running.minus(scale.between(from, until));
            }
        }
        return running;
    }

    private List<Pause> closeOpenPause(Instant at) {
        List<Pause> closed = new ArrayList<>(pauses);
        if (isPaused()) {
            Pause open = closed.remove(closed.size() - 1);
            closed.add(new Pause(open.from(), at));
        }
        return closed;
    }

    private void requireRunning(String action) {
        if (isMet() || isPaused()) {
            throw new IllegalStateException("cannot " + action + " the " + milestone + " clock: it is "
                    + (isMet() ? "met" : "paused"));
        }
    }

    private void requireNotBeforeLastEvent(Instant at) {
        Instant last = startedAt;
        if (!pauses.isEmpty()) {
            Pause latest = pauses.get(pauses.size() - 1);
            last = latest.isOpen() ? latest.from() : latest.until();
        }
        if (at.isBefore(last)) {
            throw new IllegalArgumentException("event at " + at + " is before the clock's last event at " + last);
        }
    }

    private static boolean isOpen(List<Pause> pauses) {
        return !pauses.isEmpty() && pauses.get(pauses.size() - 1).isOpen();
    }
}
