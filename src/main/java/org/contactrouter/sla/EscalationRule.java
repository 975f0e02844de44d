package org.contactrouter.sla;

import java.time.Instant;
import java.util.Optional;

/**
 * Whether a case may be escalated to the next stage of its procedure: a stage 1 complaint to stage 2. The citizen
 * may ask once the stage 1 response has been given (within the period the standard allows after it, e.g. two
 * calendar months under the LGSCO code) or once the stage 1 deadline has passed unanswered.
 */
public final class EscalationRule {

    private EscalationRule() {
    }

    /**
     * @param caseType the case's type, empty for none
     * @param response the current stage's response clock, empty when it is not timed
     * @return the case type the case moves to
     * @throws StatutoryRuleRefused with the reason for the officer
     */
    public static String decide(Optional<CaseType> caseType, Optional<TimedMilestone> response,
                                BusinessCalendar calendar, Instant now) {
        CaseType type = caseType.orElseThrow(() -> new StatutoryRuleRefused(
                "Only a case of a type with a next stage (a stage 1 complaint) can be escalated."));
        String next = type.escalatesTo().orElseThrow(() -> new StatutoryRuleRefused(
                "A " + type.name() + " has no next stage to escalate to."));
        if (response.isEmpty()) {
            return next;
        }
        MilestoneClock clock = response.get().clock();
        if (!clock.isMet()) {
            if (!now.isAfter(response.get().status().dueAt())) {
                throw new StatutoryRuleRefused("The " + type.name() + " has not been answered and its deadline has not"
                        + " passed: answer it first, or escalate it once the deadline passes.");
            }
            return next;
        }
        type.escalateWithin().ifPresent(within -> {
            if (now.isAfter(within.deadlineFrom(calendar, clock.metAt()))) {
                throw new StatutoryRuleRefused("The time to escalate a " + type.name() + " (" + within
                        + " from its response) has run out.");
            }
        });
        return next;
    }
}
