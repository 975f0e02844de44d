package org.contactrouter.channel.phone;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads rows of Asterisk's {@code Master.csv} (cdr_csv, no header): accountcode, src, dst, dcontext, clid, channel,
 * dstchannel, lastapp, lastdata, start, answer, end, duration, billsec, disposition, amaflags, then uniqueid and
 * userfield when the PBX logs them. Times are the PBX's local time.
 */
final class AsteriskCdrReader implements CallRowReader {

    static final String SOURCE = "asterisk-cdr";

    private static final int SRC = 1;
    private static final int DST = 2;
    private static final int DCONTEXT = 3;
    private static final int CLID = 4;
    private static final int CHANNEL = 5;
    private static final int DSTCHANNEL = 6;
    private static final int LASTAPP = 7;
    private static final int LASTDATA = 8;
    private static final int START = 9;
    private static final int DURATION = 12;
    private static final int DISPOSITION = 14;
    private static final int UNIQUEID = 16;
    private static final int MIN_COLUMNS = 16;
    private static final int MAX_COLUMNS = 18;

    /** Caller id as Asterisk writes it: {@code "Jones, Mary" <07700900123>}, {@code Mary <0770...>} or a name. */
    private static final Pattern CALLER_ID = Pattern.compile("^\\s*\"?(.*?)\"?\\s*(?:<([^>]*)>)?\\s*$");

    private final ZoneId zone;
    private final PhoneNumberNormaliser normaliser;

    AsteriskCdrReader(ZoneId zone, PhoneNumberNormaliser normaliser) {
        this.zone = zone;
        this.normaliser = normaliser;
    }

    @Override
    public CallRecord read(List<String> fields) {
        if (fields.size() < MIN_COLUMNS || fields.size() > MAX_COLUMNS) {
            throw new InvalidCallFieldException(null, "wrong column count: expected " + MIN_COLUMNS + " to "
                    + MAX_COLUMNS + " (Asterisk CDR), found " + fields.size());
        }
        Matcher callerId = CALLER_ID.matcher(fields.get(CLID));
        String clidName = callerId.matches() ? CallFields.optional(callerId.group(1)) : null;
        String clidNumber = callerId.matches() ? CallFields.optional(callerId.group(2)) : null;
        String src = CallFields.optional(fields.get(SRC));
        CallerNumber caller = CallFields.caller("src", src != null ? src : clidNumber, normaliser, true);
        String lastApp = fields.get(LASTAPP).strip();
        String queue = "queue".equalsIgnoreCase(lastApp)
                ? CallFields.optional(firstArgument(fields.get(LASTDATA)))
                : CallFields.optional(fields.get(DCONTEXT));
        CallOutcome outcome = outcome(fields.get(DISPOSITION), lastApp, fields.get(DSTCHANNEL));
        return new CallRecord(
                callId(fields),
                caller,
                personName(clidName),
                CallFields.localDateTime("start", fields.get(START), CallFields.ASTERISK_DATE_TIME, zone),
                queue,
                CallFields.optional(fields.get(DCONTEXT)),
                CallFields.optional(fields.get(DST)),
                outcome,
                duration(fields.get(DURATION)),
                null,
                outcome == CallOutcome.VOICEMAIL ? CallFields.optional(firstArgument(fields.get(LASTDATA))) : null);
    }

    /**
     * Maps the disposition. VoiceMail answers the channel, so an answered call whose last application was VoiceMail
     * is a voicemail. Queue also answers the channel: an "answered" queue call that never reached an agent (no
     * destination channel) is a caller who gave up waiting, i.e. a missed call.
     */
    private static CallOutcome outcome(String disposition, String lastApp, String dstChannel) {
        return switch (disposition.strip().toUpperCase(Locale.ROOT)) {
            case "ANSWERED" -> {
                if ("voicemail".equalsIgnoreCase(lastApp)) {
                    yield CallOutcome.VOICEMAIL;
                }
                yield "queue".equalsIgnoreCase(lastApp) && dstChannel.isBlank()
                        ? CallOutcome.MISSED : CallOutcome.ANSWERED;
            }
            case "NO ANSWER", "BUSY", "FAILED", "CONGESTION" -> CallOutcome.MISSED;
            default -> throw new InvalidCallFieldException("disposition",
                    "unknown outcome '" + disposition.strip() + "' in disposition"
                            + " (expected ANSWERED, NO ANSWER, BUSY, FAILED or CONGESTION)");
        };
    }

    /** The uniqueid when logged; otherwise a hash of the fields that identify the call (channel names are unique). */
    private static String callId(List<String> fields) {
        String uniqueId = fields.size() > UNIQUEID ? CallFields.optional(fields.get(UNIQUEID)) : null;
        return uniqueId != null ? uniqueId : StableCallId.of(SOURCE, List.of(fields.get(SRC), fields.get(DST),
                fields.get(DCONTEXT), fields.get(CHANNEL), fields.get(START)));
    }

    /** The caller-id name unless it is really a number or a withheld marker. */
    private String personName(String clidName) {
        if (clidName == null) {
            return null;
        }
        // PBXs put the number or "Anonymous" in the name part when they have no name.
        boolean numberOrMarker = !(normaliser.normalise(clidName) instanceof CallerNumber.Invalid);
        return numberOrMarker ? null : clidName;
    }

    private static Long duration(String value) {
        String text = CallFields.optional(value);
        try {
            return text == null ? null : Long.valueOf(text);
        } catch (NumberFormatException e) {
            throw new InvalidCallFieldException("duration", "unparseable duration '" + text + "' in duration");
        }
    }

    /** Application arguments are comma-separated (pipe-separated before Asterisk 1.6): "housing,t" -> "housing". */
    private static String firstArgument(String lastData) {
        return lastData.split("[,|]", 2)[0];
    }
}
