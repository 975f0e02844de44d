package org.contactrouter.caseload;

/** Entries of a case's audit trail. */
public enum CaseEventType {
    CASE_OPENED,
    CASE_QUEUED,
    CONTACT_RECEIVED,
    /** A contact quoted another case's reference but came from someone else: opened as a new, linked case. */
    LINKED_TO_CASE,
    /** The citizen wrote again on a case that was waiting for them or already answered. */
    CITIZEN_REPLIED,
    REPLY_QUEUED,
    REPLY_SENT,
    /** One delivery attempt failed; it will be retried. */
    REPLY_ATTEMPT_FAILED,
    /** The reply could not be delivered and will not be retried: an officer must use another way. */
    REPLY_FAILED,
    /** The channel reported that a sent reply reached the citizen (GOV.UK Notify's "delivered"). */
    REPLY_DELIVERED,
    /** A reply by letter was printed and posted (GOV.UK Notify's "received"): whether it arrived nobody reports. */
    REPLY_POSTED,
    CALLBACK_RECORDED,
    STATUS_CHANGED,
    ASSIGNED,
    RELEASED,
    TRANSFERRED,
    AWAITING_CITIZEN,
    RECLASSIFIED,
    NOTE,
    CLOSED,
    OFFERED,
    OFFER_DECLINED,
    OFFER_EXPIRED,
    /** The pool of officers who may take the case widened as its deadline neared. */
    POOL_WIDENED,

    // Email channel
    /** A delivery failure report for the council's email; on a permanent failure the address is undeliverable. */
    EMAIL_BOUNCED,
    /** An out-of-office or other automated email answered the case's mail: noted, not acknowledged. */
    AUTOMATED_MAIL_RECEIVED,
    /** The case's email was not acknowledged: machine-written, or its sender asked for no automatic reply. */
    ACKNOWLEDGEMENT_WITHHELD,

    // Response-time standards
    /** A response-time milestone passed its warning threshold unmet (raised once, by the SLA engine). */
    SLA_WARNING,
    /** A response-time milestone passed its deadline unmet (raised once); the case's priority was raised. */
    SLA_BREACH,
    /** An officer extended the response deadline as the case type's rule allows, with the reason. */
    SLA_EXTENDED,
    /** The citizen answered a clarification or identity request and the case type's clocks started again in full. */
    SLA_CLOCK_RESTARTED,

    // Statutory case types
    /** An officer set or corrected the case type (complaint, FOI...), which sets its deadlines. */
    CASE_TYPE_CHANGED,
    /** The case moved to the next stage of its procedure (a stage 1 complaint to stage 2). */
    ESCALATED
}
