package org.contactrouter.caseload;

/** The few facts about an existing case that intake needs to decide whether a contact joins it. */
public record CaseSnapshot(long id, String reference, CaseStatus status, Long citizenId) {
}
