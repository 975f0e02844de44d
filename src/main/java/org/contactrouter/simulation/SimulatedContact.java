package org.contactrouter.simulation;

import java.time.Duration;

import org.contactrouter.contact.Contact;

/**
 * One contact of an arrival stream, with the officer time it will take. The handling time is drawn when the stream
 * is made, not during a run, so every policy and rota compared on the stream answers exactly the same work.
 *
 * @param contact  what the channel would put on its queue; the live classifier reads it
 * @param priority the case priority the SLA standards are matched on ({@code NORMAL} for a new case)
 * @param caseType the case type the standards are matched on, or null
 * @param handling officer time to answer and close the case
 */
public record SimulatedContact(Contact contact, String priority, String caseType, Duration handling) {
}
