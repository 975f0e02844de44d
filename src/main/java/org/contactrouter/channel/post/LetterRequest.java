package org.contactrouter.channel.post;

import java.util.List;

/**
 * The body of {@code POST /api/v1/contacts/post}: one letter as the council's post room scanned it. Every field but
 * the address is text, so that a wrong value becomes a field error in the response rather than a JSON parse
 * failure; see {@link LetterRequestMapper} for the rules.
 *
 * @param letterId      the scanning system's id for the letter (required; posting it again is harmless)
 * @param receivedOn    the date the letter arrived (2026-12-07), or when, ISO-8601; the time of the request if absent
 * @param name          the citizen's name as the letter gives it
 * @param address       the lines of the address above the postcode, 2 to 5 (required)
 * @param postcode      the UK postcode (required)
 * @param text          the letter's transcribed text, or the post room's summary of it (required)
 * @param caseReference the case reference the letter quotes, if any
 */
public record LetterRequest(
        String letterId,
        String receivedOn,
        String name,
        List<String> address,
        String postcode,
        String text,
        String caseReference) {
}
