package org.contactrouter.channel.phone;

import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads rows of the council phone-log layout (documented in {@code config/examples/phone/README.md}): a
 * header row naming the columns, in any order, then one call per row.
 */
final class CouncilCsvReader implements CallRowReader {

    static final String SOURCE = "council-csv";

    static final String CALLER_NUMBER = "caller_number";
    static final String CALLER_NAME = "caller_name";
    static final String STARTED_AT = "started_at";
    static final String QUEUE = "queue";
    static final String OUTCOME = "outcome";
    static final String NOTES = "notes";
    static final String VOICEMAIL_REFERENCE = "voicemail_reference";

    private static final List<String> REQUIRED = List.of(CALLER_NUMBER, STARTED_AT, OUTCOME);

    private final Map<String, Integer> columns;
    private final int columnCount;
    private final ZoneId zone;
    private final PhoneNumberNormaliser normaliser;

    private CouncilCsvReader(Map<String, Integer> columns, int columnCount, ZoneId zone,
                             PhoneNumberNormaliser normaliser) {
        this.columns = columns;
        this.columnCount = columnCount;
        this.zone = zone;
        this.normaliser = normaliser;
    }

    /** Whether a file's first record is the council header rather than Asterisk data. */
    static boolean isHeader(List<String> fields) {
        return fields.stream().anyMatch(f -> CALLER_NUMBER.equalsIgnoreCase(f.strip()));
    }

    /** A reader for the columns the header names; refuses a header lacking a required column. */
    static CouncilCsvReader fromHeader(List<String> header, ZoneId zone, PhoneNumberNormaliser normaliser) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            columns.putIfAbsent(header.get(i).strip().toLowerCase(Locale.ROOT), i);
        }
        List<String> missing = REQUIRED.stream().filter(c -> !columns.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            throw new InvalidCallFieldException(null,
                    "header row is missing column(s): " + String.join(", ", missing));
        }
        return new CouncilCsvReader(columns, header.size(), zone, normaliser);
    }

    @Override
    public CallRecord read(List<String> fields) {
        if (fields.size() != columnCount) {
            throw new InvalidCallFieldException(null, "wrong column count: expected " + columnCount
                    + " (as in the header row), found " + fields.size());
        }
        CallerNumber caller = CallFields.caller(CALLER_NUMBER, value(fields, CALLER_NUMBER), normaliser, false);
        Instant startedAt = CallFields.isoDateTime(STARTED_AT, value(fields, STARTED_AT), zone);
        String queue = CallFields.optional(value(fields, QUEUE));
        return new CallRecord(
                callId(caller, startedAt, queue),
                caller,
                CallFields.optional(value(fields, CALLER_NAME)),
                startedAt,
                queue,
                null,
                null,
                CallFields.outcome(OUTCOME, value(fields, OUTCOME)),
                null,
                CallFields.optional(value(fields, NOTES)),
                CallFields.optional(value(fields, VOICEMAIL_REFERENCE)));
    }

    /** The value of a column, or null when the header does not have that optional column. */
    private String value(List<String> fields, String column) {
        Integer index = columns.get(column);
        return index == null ? null : fields.get(index);
    }

    /**
     * The layout has no call id, so the call is identified by who called, when and where. Normalised values are
     * hashed so that the same call exported again with the number or time written differently keeps its id, and
     * edited notes or a later outcome do not make it a second contact.
     */
    private static String callId(CallerNumber caller, Instant startedAt, String queue) {
        String callerKey = caller instanceof CallerNumber.Known known ? known.e164() : "withheld";
        return StableCallId.of(SOURCE, List.of(callerKey, startedAt.toString(),
                queue == null ? "" : queue.toLowerCase(Locale.ROOT)));
    }
}
