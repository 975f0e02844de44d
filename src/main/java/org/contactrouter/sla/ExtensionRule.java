package org.contactrouter.sla;

import java.time.Instant;
import java.util.Optional;

/**
 * Whether the response deadline of a case may be extended, and to what. The law and the codes allow an extension
 * only for some case types (FOI for the public interest test, EIR for complexity, subject access by two months,
 * a stage 1 complaint by ten working days), only up to a limit in all, only while the deadline has not passed, and
 * only with the reason recorded (the citizen must be told why).
 */
public final class ExtensionRule {

    public static final int REASON_LIMIT = 1000;

    /** What the extension makes of the response clock. */
    public record Granted(SlaDuration allowance, SlaDuration totalExtension) {
    }

    private ExtensionRule() {
    }

    /**
     * @param caseType      the case's type, empty for none
     * @param response      the case's response clock now, empty when the response is not timed
     * @param extendedSoFar what the response was extended by already, empty for nothing
     * @param by            the extension asked for
     * @param reason        why, as the citizen will be told
     * @throws StatutoryRuleRefused with the reason for the officer
     */
    public static Granted decide(Optional<CaseType> caseType, Optional<TimedMilestone> response,
                                 Optional<SlaDuration> extendedSoFar, SlaDuration by, String reason, Instant now) {
        CaseType type = caseType.orElseThrow(() -> new StatutoryRuleRefused("Only a case of a statutory type"
                + " (complaint, FOI, EIR, subject access) can have its deadline extended: set the case type first."));
        SlaDuration limit = type.extensionLimit().orElseThrow(() -> new StatutoryRuleRefused(
                "The rule for a " + type.name() + " allows no extension."));
        if (reason == null || reason.isBlank()) {
            throw new StatutoryRuleRefused("Say why the deadline is extended: the citizen is told the reason.");
        }
        if (reason.length() > REASON_LIMIT) {
            throw new StatutoryRuleRefused("Keep the reason under " + REASON_LIMIT + " characters.");
        }
        TimedMilestone clock = response.orElseThrow(() -> new StatutoryRuleRefused(
                "This case's response is not timed, so there is no deadline to extend."));
        if (clock.clock().isMet()) {
            throw new StatutoryRuleRefused("The citizen has already had the response: there is no deadline left to extend.");
        }
        if (by.amount() <= 0 || !by.countedLike(limit)) {
            throw new StatutoryRuleRefused("Extend a " + type.name() + " in " + limit.unit().plural()
                    + ", e.g. '" + limit + "'.");
        }
        SlaDuration total = extendedSoFar.map(so -> so.plus(by)).orElse(by);
        if (total.amount() > limit.amount()) {
            throw new StatutoryRuleRefused("The rule allows at most " + limit + " in all for a " + type.name()
                    + extendedSoFar.map(so -> "; it has been extended by " + so + " already").orElse("") + ".");
        }
        if (now.isAfter(clock.status().dueAt())) {
            throw new StatutoryRuleRefused("The deadline has passed: an extension must be given, and the citizen told,"
                    + " before it.");
        }
        return new Granted(clock.clock().allowance().plus(by), total);
    }
}
