package org.contactrouter.sla.engine;

import org.contactrouter.caseload.CaseLifecycle;
import org.contactrouter.caseload.CaseStatus;
import org.contactrouter.reply.ReplyKind;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Moves the SLA clocks as cases change. The events are published inside the transaction that caused them, so a
 * clock change commits or rolls back with the change itself.
 */
@Component
class SlaLifecycleListener {

    private final SlaService sla;

    SlaLifecycleListener(SlaService sla) {
        this.sla = sla;
    }

    @EventListener
    void on(CaseLifecycle.CaseOpened opened) {
        sla.caseOpened(opened.caseId(), opened.contact().receivedAt(), opened.channel().acknowledgesOnReceipt());
    }

    @EventListener
    void on(CaseLifecycle.ContactAdded added) {
        sla.citizenWrote(added.caseId(), added.contact().receivedAt());
    }

    /** An acknowledgement only acknowledges; a reply or call back answers only when it counts as a response. */
    @EventListener
    void on(CaseLifecycle.ReplyDelivered delivered) {
        if (delivered.kind() == ReplyKind.ACKNOWLEDGEMENT) {
            sla.acknowledged(delivered.caseId(), delivered.at());
        } else if (delivered.countsAsResponse()) {
            sla.responded(delivered.caseId(), delivered.at());
        }
    }

    @EventListener
    void on(CaseLifecycle.StatusChanged changed) {
        if (changed.to() == CaseStatus.CLOSED) {
            sla.closed(changed.caseId(), changed.at());
        } else if (changed.to() == CaseStatus.AWAITING_CITIZEN) {
            sla.paused(changed.caseId(), changed.at());
        } else if (changed.from() == CaseStatus.AWAITING_CITIZEN) {
            sla.resumed(changed.caseId(), changed.at());
        }
    }

    /** The standard may depend on the service area: deadlines are recomputed, keeping time already paused. */
    @EventListener
    void on(CaseLifecycle.Reclassified reclassified) {
        sla.recompute(reclassified.caseId());
    }

    /** A case type brings its own deadlines, extension limit and clock-stop rule. */
    @EventListener
    void on(CaseLifecycle.CaseTypeChanged changed) {
        sla.recompute(changed.caseId());
    }
}
