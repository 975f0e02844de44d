package org.contactrouter.channel.post;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.contactrouter.caseload.CaseReference;
import org.contactrouter.channel.phone.FieldError;
import org.contactrouter.contact.Channel;
import org.contactrouter.contact.Contact;
import org.contactrouter.contact.FirstWords;
import org.contactrouter.contact.Sender;

/**
 * Checks a {@link LetterRequest} field by field and turns it into a contact.
 *
 * <p>Rules: letterId and text are required; the address has 2 to 5 non-blank lines above the postcode (GOV.UK
 * Notify prints 3 to 7 lines with the name and the postcode), a last line repeating the postcode is dropped so that
 * it is not printed twice; the postcode is a UK postcode ({@link UkPostcode}); receivedOn is a date, taken as the
 * start of that day in the council's zone, or a time, and not in the future; caseReference, when given, is a case
 * reference (else the first one the text quotes). The contact's channel message id is the letterId, so a letter
 * posted twice is stored once.
 */
public final class LetterRequestMapper {

    /** Contact source of letters: the council's post room. */
    public static final String SOURCE = "post-room";

    static final int MAX_ID_LENGTH = 200;
    static final int MAX_LINE_LENGTH = 200;
    static final int MAX_TEXT_LENGTH = 100_000;

    private final ZoneId zone;
    private final Clock clock;

    /** @param zone the council's time zone, in which a letter received on a date arrived at its start */
    public LetterRequestMapper(ZoneId zone, Clock clock) {
        this.zone = zone;
        this.clock = clock;
    }

    public LetterMapping map(LetterRequest request) {
        Objects.requireNonNull(request, "request");
        List<FieldError> errors = new ArrayList<>();
        String letterId = required(errors, "letterId", request.letterId(), MAX_ID_LENGTH, "the scanning system's id");
        Instant receivedAt = receivedAt(errors, request.receivedOn());
        String name = limited(errors, "name", request.name(), MAX_LINE_LENGTH);
        String postcode = postcode(errors, request.postcode());
        List<String> lines = addressLines(errors, request.address(), postcode);
        String text = required(errors, "text", request.text(), MAX_TEXT_LENGTH, "the letter's text or a summary");
        String caseReference = caseReference(errors, request.caseReference());
        if (!errors.isEmpty()) {
            return new LetterMapping.Rejected(errors);
        }
        PostalAddress address = new PostalAddress(name, lines, postcode);
        return new LetterMapping.Accepted(Contact.builder(Channel.POST, SOURCE, letterId, receivedAt)
                .sender(Sender.of(address.name(), address.identity()))
                .subject(FirstWords.of(text, "Letter"))
                .body(text)
                // A reference the post room did not pick out may still be in the letter ("Your ref: CR-2026-000123").
                .caseReferenceHint(caseReference != null ? caseReference
                        : CaseReference.findIn(text).map(CaseReference::toString).orElse(null))
                .attributes(address.attributes())
                .build());
    }

    private Instant receivedAt(List<FieldError> errors, String value) {
        String text = blankToNull(value);
        Instant now = clock.instant();
        if (text == null) {
            return now;
        }
        Instant at;
        try {
            at = text.length() == "2026-12-07".length() ? LocalDate.parse(text).atStartOfDay(zone).toInstant()
                    : dateTime(text);
        } catch (DateTimeParseException e) {
            errors.add(new FieldError("receivedOn", "receivedOn must be the date the letter arrived, such as"
                    + " 2026-12-07, or a time such as 2026-12-07T09:30:00Z"));
            return null;
        }
        if (at.isAfter(now)) {
            errors.add(new FieldError("receivedOn", "receivedOn is in the future"));
        }
        return at;
    }

    /** A time with an offset, or local time in the council's zone. */
    private Instant dateTime(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException withoutOffset) {
            return LocalDateTime.parse(text).atZone(zone).toInstant();
        }
    }

    private static String postcode(List<FieldError> errors, String value) {
        String text = blankToNull(value);
        if (text == null) {
            errors.add(new FieldError("postcode", "postcode is required: GOV.UK Notify posts only to an address"
                    + " ending in a UK postcode"));
            return null;
        }
        return UkPostcode.normalise(text).orElseGet(() -> {
            errors.add(new FieldError("postcode", "postcode '" + abbreviated(text) + "' is not a UK postcode, such"
                    + " as CF10 4UW"));
            return null;
        });
    }

    /** The non-blank lines above the postcode, or null after adding to {@code errors}. */
    private static List<String> addressLines(List<FieldError> errors, List<String> address, String postcode) {
        List<String> lines = new ArrayList<>();
        for (String line : address == null ? List.<String>of() : address) {
            String text = blankToNull(line);
            if (text != null) {
                lines.add(text);
            }
        }
        if (!lines.isEmpty() && postcode != null
                && UkPostcode.normalise(lines.get(lines.size() - 1)).filter(postcode::equals).isPresent()) {
            lines.remove(lines.size() - 1);
        }
        String problem = lines.size() < PostalAddress.MIN_LINES
                ? "address needs at least " + PostalAddress.MIN_LINES + " lines above the postcode (such as the"
                        + " house and street, and the town): GOV.UK Notify prints at least 3 with the postcode"
                : lines.size() > PostalAddress.MAX_LINES
                        ? "address has " + lines.size() + " lines above the postcode; at most "
                                + PostalAddress.MAX_LINES + " fit with the name and the postcode"
                        : lines.stream().anyMatch(line -> line.length() > MAX_LINE_LENGTH)
                                ? "address has a line longer than " + MAX_LINE_LENGTH + " characters" : null;
        if (problem != null) {
            errors.add(new FieldError("address", problem));
            return null;
        }
        return lines;
    }

    private static String caseReference(List<FieldError> errors, String value) {
        String text = blankToNull(value);
        if (text == null) {
            return null;
        }
        return CaseReference.parse(text).map(CaseReference::toString).orElseGet(() -> {
            errors.add(new FieldError("caseReference", "caseReference '" + abbreviated(text) + "' is not a case"
                    + " reference, such as CR-2026-000123"));
            return null;
        });
    }

    private static String required(List<FieldError> errors, String field, String value, int max, String what) {
        String text = blankToNull(value);
        if (text == null) {
            errors.add(new FieldError(field, field + " is required: " + what));
            return null;
        }
        return limited(errors, field, text, max);
    }

    private static String limited(List<FieldError> errors, String field, String value, int max) {
        String text = blankToNull(value);
        if (text != null && text.length() > max) {
            errors.add(new FieldError(field, field + " is longer than " + max + " characters"));
        }
        return text;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Enough of a wrong value to recognise it, never a whole letter. */
    private static String abbreviated(String text) {
        return text.length() <= 20 ? text : text.substring(0, 20) + "…";
    }
}
