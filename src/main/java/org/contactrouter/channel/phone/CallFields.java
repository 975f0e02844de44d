package org.contactrouter.channel.phone;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.TemporalAccessor;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Reads the individual fields of a call, shared by the CSV layouts and the JSON API. Each method names the field in
 * its error so that a quarantine line or a 400 response says exactly what to fix.
 */
final class CallFields {

    /** Asterisk's CDR date format, always in the PBX's local time. */
    static final DateTimeFormatter ASTERISK_DATE_TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss").withResolverStyle(ResolverStyle.STRICT);

    /** ISO-8601 with or without an offset; a space is accepted instead of the 'T' as spreadsheets write it. */
    private static final DateTimeFormatter ISO_DATE_TIME = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .appendPattern("['T'][' ']")
            .append(DateTimeFormatter.ISO_LOCAL_TIME)
            .optionalStart().appendOffsetId().optionalEnd()
            .toFormatter()
            .withResolverStyle(ResolverStyle.STRICT);

    private static final String OUTCOME_NAMES =
            Arrays.stream(CallOutcome.values()).map(Enum::name).collect(Collectors.joining(", "));

    private CallFields() {
    }

    /** The value stripped of surrounding spaces, or null when blank: optional fields are then left out. */
    static String optional(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Reads a local date-time in the PBX's zone. */
    static Instant localDateTime(String field, String value, DateTimeFormatter format, ZoneId zone) {
        String text = required(field, value, "date");
        try {
            return atZone(field, LocalDateTime.parse(text, format), zone);
        } catch (DateTimeException e) {
            throw unparseableDate(field, text);
        }
    }

    /** Reads an ISO-8601 date-time; one without an offset is local time in {@code zone}. */
    static Instant isoDateTime(String field, String value, ZoneId zone) {
        String text = required(field, value, "date");
        TemporalAccessor parsed;
        try {
            parsed = ISO_DATE_TIME.parseBest(text, OffsetDateTime::from, LocalDateTime::from);
        } catch (DateTimeException e) {
            throw unparseableDate(field, text);
        }
        return parsed instanceof OffsetDateTime withOffset
                ? withOffset.toInstant()
                : atZone(field, (LocalDateTime) parsed, zone);
    }

    /**
     * Normalises a caller number; an unusable one comes back {@link CallerNumber.Invalid} with a reason naming the
     * field, so that logs can skip calls the policy ignores before judging their numbers. {@code blankMeansWithheld}
     * is true for PBX logs, which leave the field empty for withheld numbers; people and integrations filling in a
     * form must say "withheld" so that a forgotten field is caught.
     */
    static CallerNumber caller(String field, String value, PhoneNumberNormaliser normaliser,
                               boolean blankMeansWithheld) {
        if (!blankMeansWithheld && optional(value) == null) {
            return new CallerNumber.Invalid("missing caller in " + field + " (write 'withheld' for a withheld number)");
        }
        CallerNumber number = normaliser.normalise(value);
        return number instanceof CallerNumber.Invalid invalid
                ? new CallerNumber.Invalid(invalid.reason() + " in " + field)
                : number;
    }

    /** The caller of a call that is to become a contact, which needs a number or a withheld one. */
    static CallerNumber usableCaller(String field, CallerNumber caller) {
        if (caller instanceof CallerNumber.Invalid invalid) {
            throw new InvalidCallFieldException(field, invalid.reason());
        }
        return caller;
    }

    /** Reads a council or API outcome name. */
    static CallOutcome outcome(String field, String value) {
        String text = required(field, value, "outcome");
        return CallOutcome.fromCode(text).orElseThrow(() -> new InvalidCallFieldException(field,
                "unknown outcome '" + text + "' in " + field + " (expected one of " + OUTCOME_NAMES + ")"));
    }

    static String required(String field, String value, String what) {
        String text = optional(value);
        if (text == null) {
            throw new InvalidCallFieldException(field, "missing " + what + " in " + field);
        }
        return text;
    }

    /**
     * Converts a wall-clock time to an instant. A time skipped when clocks go forward cannot come from a PBX in
     * that zone, so it is refused; a time repeated when clocks go back is taken as the first (summer time) one.
     */
    private static Instant atZone(String field, LocalDateTime local, ZoneId zone) {
        if (zone.getRules().getValidOffsets(local).isEmpty()) {
            throw new InvalidCallFieldException(field, "time " + local + " in " + field
                    + " does not exist in " + zone + " (clocks went forward)");
        }
        return ZonedDateTime.of(local, zone).toInstant();
    }

    private static InvalidCallFieldException unparseableDate(String field, String text) {
        return new InvalidCallFieldException(field, "unparseable date '" + text + "' in " + field);
    }
}
