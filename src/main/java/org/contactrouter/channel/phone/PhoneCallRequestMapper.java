package org.contactrouter.channel.phone;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Validates {@link PhoneCallRequest}s and turns them into contacts, with the same field rules as the council CSV
 * layout and the same {@link CallRecordPolicy} as the phone-log files.
 *
 * <p>Rules: callId, callerNumber, startedAt and outcome are required; callerNumber must be a phone number or
 * "withheld" (also "anonymous", "unavailable", "restricted", "private", "unknown"); startedAt is ISO-8601, local
 * time in the configured zone when it has no offset; text fields have maximum lengths. The contact's
 * channelMessageId is the callId, so posting the same call twice, or posting a call whose callId is the Asterisk
 * uniqueid that also arrives in a CDR file, gives one contact.
 */
public final class PhoneCallRequestMapper {

    /** Contact source for calls reported through the API. */
    public static final String SOURCE = "api";

    static final int MAX_ID_LENGTH = 200;
    static final int MAX_NAME_LENGTH = 200;
    static final int MAX_QUEUE_LENGTH = 100;
    static final int MAX_NOTES_LENGTH = 10_000;

    private final PhoneChannelSettings settings;
    private final PhoneNumberNormaliser normaliser;

    public PhoneCallRequestMapper(PhoneChannelSettings settings, PhoneNumberNormaliser normaliser) {
        this.settings = settings;
        this.normaliser = normaliser;
    }

    /** Every problem with the request, one per field; empty when it is valid. */
    public List<FieldError> validate(PhoneCallRequest request) {
        List<FieldError> errors = new ArrayList<>();
        read(request, errors);
        return errors;
    }

    /** Validates the request and, when valid, applies the policy and builds the contact. */
    public PhoneCallMapping map(PhoneCallRequest request) {
        List<FieldError> errors = new ArrayList<>();
        CallRecord call = read(request, errors);
        if (!errors.isEmpty()) {
            return new PhoneCallMapping.Rejected(errors);
        }
        return settings.policy().reasonToSkip(call)
                .<PhoneCallMapping>map(PhoneCallMapping.Skipped::new)
                .orElseGet(() -> new PhoneCallMapping.Accepted(CallContacts.toContact(call, SOURCE)));
    }

    /** The call, or null after adding to {@code errors}. */
    private CallRecord read(PhoneCallRequest request, List<FieldError> errors) {
        Objects.requireNonNull(request, "request");
        String callId = field(errors, () -> limited("callId", CallFields.required("callId", request.callId(), "call id"),
                MAX_ID_LENGTH));
        CallerNumber caller = field(errors, () -> CallFields.usableCaller("callerNumber",
                CallFields.caller("callerNumber", request.callerNumber(), normaliser, false)));
        String callerName = field(errors, () -> limited("callerName", request.callerName(), MAX_NAME_LENGTH));
        Instant startedAt = field(errors,
                () -> CallFields.isoDateTime("startedAt", request.startedAt(), settings.zone()));
        String queue = field(errors, () -> limited("queue", request.queue(), MAX_QUEUE_LENGTH));
        CallOutcome outcome = field(errors, () -> CallFields.outcome("outcome", request.outcome()));
        String notes = field(errors, () -> limited("notes", request.notes(), MAX_NOTES_LENGTH));
        String voicemailReference = field(errors,
                () -> limited("voicemailReference", request.voicemailReference(), MAX_ID_LENGTH));
        if (!errors.isEmpty()) {
            return null;
        }
        return new CallRecord(callId, caller, callerName, startedAt, queue, null, null, outcome, null, notes,
                voicemailReference);
    }

    private static <T> T field(List<FieldError> errors, Supplier<T> reader) {
        try {
            return reader.get();
        } catch (InvalidCallFieldException e) {
            errors.add(new FieldError(e.field(), e.getMessage()));
            return null;
        }
    }

    /** The optional text stripped, or an error when it is longer than {@code max}. */
    private static String limited(String field, String value, int max) {
        String text = CallFields.optional(value);
        if (text != null && text.length() > max) {
            throw new InvalidCallFieldException(field, field + " is longer than " + max + " characters");
        }
        return text;
    }
}
