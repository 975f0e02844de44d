package org.contactrouter.caseload;

import java.time.Instant;

import org.contactrouter.contact.Channel;
import org.contactrouter.contact.Contact;
import org.contactrouter.reply.ReplyKind;

/**
 * Things that happen to a case, published as Spring application events inside the transaction that made them
 * happen, so that listeners (SLA clocks, acknowledgements, dashboards) commit or roll back with it.
 */
public final class CaseLifecycle {

    private CaseLifecycle() {
    }

    /** A contact opened a new case; {@code caseType} is its statutory case type, or null. */
    public record CaseOpened(long caseId, String reference, Channel channel, String serviceArea, String language,
                             String caseType, Contact contact) {
    }

    /** A contact was added to an existing open case: the citizen wrote again. */
    public record ContactAdded(long caseId, String reference, CaseStatus statusBefore, Contact contact) {
    }

    /** A reply reached the citizen (or a callback was recorded) at {@code at}. */
    public record ReplyDelivered(long caseId, String reference, ReplyKind kind,
                                 boolean countsAsResponse, Instant at) {
    }

    /** An officer corrected the case's service area: deadlines that depend on it are recomputed. */
    /** An officer set or corrected the case type; {@code from} or {@code to} is null for none. */
    public record CaseTypeChanged(long caseId, String reference, String from, String to, Instant at) {
    }

    public record Reclassified(long caseId, String reference, String fromArea, String toArea, Instant at) {
    }

    /** The case moved from one status to another. */
    public record StatusChanged(long caseId, String reference, CaseStatus from, CaseStatus to, Instant at) {
    }
}
