package org.contactrouter.sla;

import java.util.Objects;
import java.util.Optional;

/**
 * A kind of case with a deadline set by law or a code rather than by the channel: a complaint at stage 1 or 2, a
 * Freedom of Information or Environmental Information request, a subject access request. Its allowances are an
 * override on the case type ({@link SlaStandards}); this record holds what else the rule says: how far the response
 * deadline may be extended, what happens to the clock while the council waits for the citizen, and where the case
 * may be escalated.
 *
 * @param key            as used in the case record and {@code sla-standards.yml}, e.g. {@code foi}
 * @param name           for people, e.g. "Freedom of Information request"
 * @param source         the rule the deadlines come from, shown to officers and in reports
 * @param response       the allowance for the response (first-response milestone), empty when not timed
 * @param extensionLimit the most the response deadline may be extended by in all, empty when it may not be
 * @param clockStop      what waiting for the citizen (clarification, proof of identity) does to the clocks
 * @param escalatesTo    the case type the case may be escalated to, e.g. stage 2 of a complaint
 * @param escalateWithin how long after the response the citizen may ask for escalation; empty for no limit
 */
public record CaseType(String key, String name, String source, Optional<SlaDuration> response,
                       Optional<SlaDuration> extensionLimit, ClockStop clockStop, Optional<String> escalatesTo,
                       Optional<SlaDuration> escalateWithin) {

    /** What waiting for the citizen does to a case type's clocks. */
    public enum ClockStop {
        /** The clocks stop and go on from where they were: the time already used stays used. */
        PAUSE,
        /**
         * The clocks start again in full when the citizen answers: the law counts from receipt of the clarification
         * (FOI section 1(3), EIR regulation 9(4)) or of the identity proof (UK GDPR Article 12(6)).
         */
        RESTART
    }

    public CaseType {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(clockStop, "clockStop");
    }

    public boolean mayBeExtended() {
        return extensionLimit.isPresent();
    }

    public boolean mayBeEscalated() {
        return escalatesTo.isPresent();
    }
}
