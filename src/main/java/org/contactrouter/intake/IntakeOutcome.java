package org.contactrouter.intake;

import java.time.Instant;

import org.contactrouter.contact.Channel;

/**
 * What intake did with one contact; published on the case-events topic as JSON.
 *
 * @param kind             opened a case, joined one, or found the message already stored
 * @param reference        the case that holds the contact
 * @param linkedReference  the case the contact pointed at but could not join, if any
 * @param channel          the contact's channel
 * @param channelMessageId the contact's id on its channel (consumers de-duplicate events with it)
 * @param serviceArea      the case's service area
 * @param at               when intake processed it
 */
public record IntakeOutcome(Kind kind, String reference, String linkedReference, Channel channel,
                            String channelMessageId, String serviceArea, Instant at) {

    public enum Kind { CASE_OPENED, CONTACT_ADDED, DUPLICATE }
}
