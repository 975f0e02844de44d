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
    CALLBACK_RECORDED,
    STATUS_CHANGED,
    /** A response-time milestone passed its warning threshold unmet (raised once, by the SLA engine). */
    SLA_WARNING,
    /** A response-time milestone passed its deadline unmet (raised once); the case's priority was raised. */
    SLA_BREACH
}
