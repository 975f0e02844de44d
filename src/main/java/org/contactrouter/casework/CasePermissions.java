package org.contactrouter.casework;

import java.util.Optional;

import org.contactrouter.caseload.CaseQueries;
import org.contactrouter.sla.CaseType;

/**
 * What the signed-in member of staff may do on a case page, by the rule {@link CaseActions} enforces: act only on
 * an open case they hold (or any open case, if they supervise); take a queued one; correct the service area of a
 * queued one (or its case type); extend the deadline of a case type that allows it; escalate a case type with a next
 * stage, even once closed. {@code whyNot} says why the actions are missing.
 */
public record CasePermissions(boolean mayAct, boolean mayTake, boolean mayCorrectArea, boolean mayExtend,
                              boolean mayEscalate, String whyNot) {

    static CasePermissions of(CaseQueries.CaseDetails details, CaseActions.Actor actor, boolean pickingAllowed,
                              Optional<CaseType> caseType) {
        boolean closed = "CLOSED".equals(details.status());
        boolean queued = "QUEUED".equals(details.status());
        boolean holds = actor.username().equals(details.assignedOfficer());
        boolean mayAct = !closed && (holds || actor.supervisor());
        String whyNot = mayAct ? null
                : closed ? "This case is closed: nothing more can be done on it."
                : details.assignedOfficer() == null
                ? "Nobody holds this case yet. Take it to answer the citizen or act on it."
                : "This case is held by " + details.assignedOfficer()
                        + ". Only they or a supervisor can answer the citizen or act on it.";
        return new CasePermissions(mayAct, queued && (pickingAllowed || actor.supervisor()),
                !closed && (mayAct || queued), mayAct && caseType.filter(CaseType::mayBeExtended).isPresent(),
                (closed || mayAct) && caseType.filter(CaseType::mayBeEscalated).isPresent(), whyNot);
    }
}
