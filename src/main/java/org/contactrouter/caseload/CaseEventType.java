package org.contactrouter.caseload;

/** Entries of a case's audit trail. */
public enum CaseEventType {
    CASE_OPENED,
    CASE_QUEUED,
    CONTACT_RECEIVED,
    /** A contact quoted another case's reference but came from someone else: opened as a new, linked case. */
    LINKED_TO_CASE,
    /** The citizen wrote again on a case that was waiting for them or already answered. */
    CITIZEN_REPLIED
}
