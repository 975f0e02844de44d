package org.contactrouter.channel.phone;

/**
 * The body of {@code POST /api/v1/contacts/phone}: one call reported by a telephony integration. Every field is
 * text so that a wrong value becomes a field error in the response rather than a JSON parse failure; see
 * {@link PhoneCallRequestMapper} for the rules.
 *
 * @param callId             the telephony system's id for the call (required; posting it again is harmless)
 * @param callerNumber       the caller's number in any common format, or "withheld" (required)
 * @param callerName         the caller's name, if known
 * @param startedAt          when the call started, ISO-8601 with an offset, or local time in the configured zone (required)
 * @param queue              the council queue the call came in on
 * @param outcome            MISSED, VOICEMAIL, CALLBACK_REQUESTED, ANSWERED or RESOLVED (required)
 * @param notes              free text about the call
 * @param voicemailReference where the voicemail can be found
 */
public record PhoneCallRequest(
        String callId,
        String callerNumber,
        String callerName,
        String startedAt,
        String queue,
        String outcome,
        String notes,
        String voicemailReference) {
}
