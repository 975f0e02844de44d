package org.contactrouter.channel.phone;

import org.contactrouter.contact.Channel;
import org.contactrouter.contact.Contact;
import org.contactrouter.contact.Identity;
import org.contactrouter.contact.Sender;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class AsteriskCdrParsingTest {

    private final CallLogParser parser = PhoneLogs.defaultParser();

    @Test
    void readsMissedCallsVoicemailsAndQueueAbandonsWithTheirOwnStartTimes() {
        CallLogParseResult result = PhoneLogs.parse(parser, "asterisk-with-uniqueid.csv");

        assertThat(result.layout()).isEqualTo(CallLogLayout.ASTERISK_CDR);
        assertThat(result.contacts()).containsExactly(
                Contact.builder(Channel.PHONE, "asterisk-cdr", "1784016902.26", Instant.parse("2026-07-14T08:15:02Z"))
                        .sender(Sender.of("Jones, Mary", Identity.phone("+447700900123")))
                        .subject("Missed call to Housing queue")
                        .serviceAreaHint("housing")
                        .attributes(Map.of("outcome", "MISSED", "queue", "housing", "durationSeconds", "20"))
                        .build(),
                // January: GMT, so local time is UTC.
                Contact.builder(Channel.PHONE, "asterisk-cdr", "1768226590.31", Instant.parse("2026-01-12T14:03:10Z"))
                        .sender(Sender.of("Patel, Raj", Identity.phone("+442079460000")))
                        .subject("Voicemail on Council-tax queue")
                        .serviceAreaHint("council-tax")
                        .attributes(Map.of("outcome", "VOICEMAIL", "queue", "council-tax", "durationSeconds", "90",
                                "voicemailReference", "3002@council-tax"))
                        .build(),
                // Queue answered the channel but no agent did: the caller gave up waiting.
                Contact.builder(Channel.PHONE, "asterisk-cdr", "1784019660.29", Instant.parse("2026-07-14T09:01:00Z"))
                        .sender(Sender.anonymous())
                        .subject("Missed call to Housing queue")
                        .serviceAreaHint("housing")
                        .attributes(Map.of("outcome", "MISSED", "queue", "housing", "durationSeconds", "181",
                                "callerWithheld", "true"))
                        .build(),
                Contact.builder(Channel.PHONE, "asterisk-cdr", "1784020320.31", Instant.parse("2026-07-14T09:12:00Z"))
                        .sender(Sender.of(null, Identity.phone("+33123456789")))
                        .subject("Missed call to Housing queue")
                        .serviceAreaHint("housing")
                        .attributes(Map.of("outcome", "MISSED", "queue", "housing", "durationSeconds", "5"))
                        .build(),
                // No src: the number comes from the caller id.
                Contact.builder(Channel.PHONE, "asterisk-cdr", "1784020560.35", Instant.parse("2026-07-14T09:16:00Z"))
                        .sender(Sender.of("Kowalczyk, Anna", Identity.phone("+447700900999")))
                        .subject("Missed call to Main-line queue")
                        .serviceAreaHint("main-line")
                        .attributes(Map.of("outcome", "MISSED", "queue", "main-line", "durationSeconds", "30"))
                        .build());
        assertThat(result.skippedCount()).isEqualTo(1);
    }

    @Test
    void reportsEachBadRowWithItsLineNumberAndReason() {
        CallLogParseResult result = PhoneLogs.parse(parser, "asterisk-with-uniqueid.csv");

        assertThat(result.badRows()).extracting(BadCallRow::lineNumber, BadCallRow::reason).containsExactly(
                tuple(4, "unparseable date '14/07/2026 09:30' in start"),
                tuple(6, "wrong column count: expected 16 to 18 (Asterisk CDR), found 11"),
                tuple(7, "invalid phone number: '2001' in src"),
                tuple(9, "not a phone number: '12ab' in src"),
                tuple(10, "unknown outcome 'MAYBE' in disposition (expected ANSWERED, NO ANSWER, BUSY, FAILED or"
                        + " CONGESTION)"),
                tuple(11, "malformed CSV: unbalanced or misplaced quotes"));
        assertThat(result.badRows().get(0).originalText()).startsWith("\"\",\"07700900456\"").endsWith("\"\"");
    }

    @Test
    void queueListSkipsInternalCallsInsteadOfQuarantiningThem() {
        CallRecordPolicy councilLines = new CallRecordPolicy(null, List.of("housing", "Council-Tax", "0300123456"));
        CallLogParser parser = new CallLogParser(
                new PhoneChannelSettings(PhoneChannelSettings.DEFAULT_ZONE, councilLines), new PhoneNumberNormaliser());

        CallLogParseResult result = PhoneLogs.parse(parser, "asterisk-with-uniqueid.csv");

        assertThat(result.contacts()).extracting(Contact::channelMessageId).containsExactly(
                "1784016902.26", "1768226590.31", "1784019660.29", "1784020320.31", "1784020560.35");
        assertThat(result.skippedCount()).isEqualTo(2);
        assertThat(result.badRows()).extracting(BadCallRow::lineNumber).containsExactly(4, 6, 9, 10, 11);
    }

    @Test
    void withoutUniqueIdTheIdIsAStableHashOfTheCall() {
        CallLogParseResult result = PhoneLogs.parse(parser, "asterisk-no-uniqueid.csv");

        assertThat(result.badRows()).isEmpty();
        assertThat(result.contacts()).extracting(Contact::channelMessageId, Contact::receivedAt, c -> c.sender())
                .containsExactly(
                        // 01:30 on the night clocks go back happens twice; the first (BST) one is taken.
                        tuple("sha256:ec75678726c9f8bfe99cf52393606158", Instant.parse("2026-10-25T00:30:00Z"),
                                Sender.of("O'Neill, Siobhan", Identity.phone("+447700900111"))),
                        // The day after: GMT.
                        tuple("sha256:3b197c0a05a4d82b0639339a3ab6983a", Instant.parse("2026-10-26T08:00:00Z"),
                                Sender.of("Kowalski", Identity.phone("+442079460123"))));
    }

    @Test
    void theSameCallsDroppedAgainGetTheSameIds() {
        List<String> first = ids(PhoneLogs.parse(parser, "asterisk-no-uniqueid.csv"));
        List<String> again = ids(PhoneLogs.parse(parser, "asterisk-no-uniqueid-again.csv"));

        assertThat(again).hasSize(2).isEqualTo(first);
        assertThat(ids(PhoneLogs.parse(parser, "asterisk-with-uniqueid.csv")))
                .isEqualTo(ids(PhoneLogs.parse(parser, "asterisk-with-uniqueid.csv")));
    }

    @Test
    void lineNumbersCountBlankLinesAndCrlfLineEnds() {
        String good = "\"\",\"07700900111\",\"3001\",\"housing\",\"\",\"SIP/trunk-1\",\"\",\"Dial\",\"\","
                + "\"2026-02-02 10:00:00\",\"\",\"\",5,0,\"BUSY\",\"DOCUMENTATION\"";

        CallLogParseResult result = parser.parse("\r\n" + good + "\r\n\r\nnot,a,cdr\r\n" + good + "\r\n");

        assertThat(result.contacts()).hasSize(2);
        assertThat(result.badRows()).containsExactly(new BadCallRow(4,
                "wrong column count: expected 16 to 18 (Asterisk CDR), found 3", "not,a,cdr"));
    }

    @Test
    void startTimesAreReadInTheConfiguredZone() {
        CallLogParser newYork = new CallLogParser(
                new PhoneChannelSettings(ZoneId.of("America/New_York"), CallRecordPolicy.defaults()),
                new PhoneNumberNormaliser());

        CallLogParseResult result = PhoneLogs.parse(newYork, "asterisk-with-uniqueid.csv");

        assertThat(result.contacts().get(0).receivedAt()).isEqualTo(Instant.parse("2026-07-14T13:15:02Z"));
    }

    @Test
    void emptyFilesGiveAnEmptyResult() {
        for (String file : List.of("empty.csv", "blank-lines.csv")) {
            CallLogParseResult result = PhoneLogs.parse(parser, file);

            assertThat(result).isEqualTo(CallLogParseResult.empty());
            assertThat(result.hasBadRows()).isFalse();
        }
    }

    private static List<String> ids(CallLogParseResult result) {
        return result.contacts().stream().map(Contact::channelMessageId).toList();
    }
}
