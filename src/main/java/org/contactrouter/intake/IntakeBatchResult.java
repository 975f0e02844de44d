package org.contactrouter.intake;

import java.util.List;

/**
 * What intake made of one batch from an inbound queue.
 *
 * @param caseEvents the outcome of each contact stored (or found already stored), as JSON for the case-events topic
 * @param rejected   the messages that cannot become contacts, each with its cause, for the dead-letter queue
 */
public record IntakeBatchResult(List<String> caseEvents, List<RejectedContact> rejected) {
}
