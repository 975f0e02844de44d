package org.contactrouter.channel.phone;

import java.time.Instant;
import java.util.Objects;

/**
 * One inbound call read from a phone log or the JSON API, before the policy decides whether it becomes a contact.
 *
 * @param callId             the id the contact will carry: the PBX's own id, or a stable hash of the call
 * @param caller             the caller's number; {@link CallerNumber.Invalid} only while the policy has not yet
 *                           decided whether the call matters
 * @param callerName         the name the caller gave or caller-id showed, null when unknown
 * @param startedAt          when the call started: the response-time clock starts here
 * @param queue              the council queue the call came in on, null when unknown
 * @param context            the Asterisk dialplan context (dcontext), null for other sources
 * @param dialledNumber      the number or extension dialled (Asterisk dst), null for other sources
 * @param outcome            how the call ended
 * @param durationSeconds    the call's length including ringing, null when the source does not say
 * @param notes              free text recorded with the call, null when none
 * @param voicemailReference where the voicemail can be found, null when none
 */
public record CallRecord(
        String callId,
        CallerNumber caller,
        String callerName,
        Instant startedAt,
        String queue,
        String context,
        String dialledNumber,
        CallOutcome outcome,
        Long durationSeconds,
        String notes,
        String voicemailReference) {

    public CallRecord {
        Objects.requireNonNull(callId, "callId");
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(outcome, "outcome");
    }
}
