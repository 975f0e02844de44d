package org.contactrouter.channel.phone;

import org.contactrouter.contact.Channel;
import org.contactrouter.contact.Contact;
import org.contactrouter.contact.Identity;
import org.contactrouter.contact.Sender;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class CouncilCsvParsingTest {

    private final CallLogParser parser = PhoneLogs.defaultParser();

    @Test
    void readsTheCouncilLayoutByItsHeader() {
        CallLogParseResult result = PhoneLogs.parse(parser, "council.csv");

        assertThat(result.layout()).isEqualTo(CallLogLayout.COUNCIL_CSV);
        assertThat(result.contacts()).containsExactly(
                Contact.builder(Channel.PHONE, "council-csv", "sha256:46f203e659fc8402963e8c8782196ae0",
                                Instant.parse("2026-07-14T09:00:00Z"))
                        .sender(Sender.of("Jones, Mary", Identity.phone("+447700900123")))
                        .subject("Missed call to Housing queue")
                        .serviceAreaHint("Housing")
                        .attributes(Map.of("outcome", "MISSED", "queue", "Housing"))
                        .build(),
                // Local time before the clocks went forward on 29 March 2026: GMT.
                Contact.builder(Channel.PHONE, "council-csv", "sha256:3d871cb192da647111d08317b3e67c2a",
                                Instant.parse("2026-03-29T00:30:00Z"))
                        .sender(Sender.of(null, Identity.phone("+442079460000")))
                        .subject("Voicemail on Council Tax queue")
                        .serviceAreaHint("Council Tax")
                        .attributes(Map.of("outcome", "VOICEMAIL", "queue", "Council Tax",
                                "voicemailReference", "VM-2026-0042"))
                        .build(),
                // Local time after the clocks went forward: BST. The quoted notes span two lines.
                Contact.builder(Channel.PHONE, "council-csv", "sha256:d7ab7e5850f26ddec88e206817b9f69f",
                                Instant.parse("2026-03-29T01:30:00Z"))
                        .sender(Sender.of("Raj Patel", Identity.phone("+447700900222")))
                        .subject("Callback requested on Housing queue")
                        .body("Wants a call back after 5pm, not before.\nMobile only.")
                        .serviceAreaHint("Housing")
                        .attributes(Map.of("outcome", "CALLBACK_REQUESTED", "queue", "Housing",
                                "notes", "Wants a call back after 5pm, not before.\nMobile only."))
                        .build(),
                Contact.builder(Channel.PHONE, "council-csv", "sha256:bf2333181b579607ac4253d2a1de06a0",
                                Instant.parse("2026-07-14T10:20:00Z"))
                        .sender(Sender.anonymous())
                        .subject("Callback requested on Environment queue")
                        .body("Fly-tipping on Mill Lane")
                        .serviceAreaHint("Environment")
                        .attributes(Map.of("outcome", "CALLBACK_REQUESTED", "queue", "Environment",
                                "notes", "Fly-tipping on Mill Lane", "callerWithheld", "true"))
                        .build());
        assertThat(result.skippedCount()).as("the answered and the resolved call").isEqualTo(2);
    }

    @Test
    void reportsBadRowsByTheirFirstLine() {
        CallLogParseResult result = PhoneLogs.parse(parser, "council.csv");

        assertThat(result.badRows()).extracting(BadCallRow::lineNumber, BadCallRow::reason).containsExactly(
                tuple(8, "unknown outcome 'CALLED_BACK' in outcome (expected one of MISSED, VOICEMAIL,"
                        + " CALLBACK_REQUESTED, ANSWERED, RESOLVED)"),
                tuple(9, "missing caller in caller_number (write 'withheld' for a withheld number)"),
                tuple(11, "time 2026-03-29T01:30 in started_at does not exist in Europe/London"
                        + " (clocks went forward)"),
                tuple(12, "unparseable date 'yesterday' in started_at"),
                tuple(13, "wrong column count: expected 7 (as in the header row), found 5"));
        assertThat(result.badRows().get(4).originalText())
                .isEqualTo("07700900888,,2026-07-14T11:30:00+01:00,Housing,MISSED");
    }

    @Test
    void columnsMayComeInAnyOrderAndOptionalOnesMayBeLeftOut() {
        CallLogParseResult result = parser.parse("""
                outcome,started_at,caller_number
                MISSED,2026-07-14T10:00:00+01:00,07700 900123
                """);

        assertThat(result.contacts()).singleElement().satisfies(contact -> {
            // A different queue (none) from the same caller at the same time is a different call.
            assertThat(contact.channelMessageId()).isEqualTo("sha256:d3bd3ceaf8c31387b2bdb551486f1e16");
            assertThat(contact.sender()).isEqualTo(Sender.of(null, Identity.phone("+447700900123")));
            assertThat(contact.subject()).isEqualTo("Missed call");
            assertThat(contact.serviceAreaHint()).isNull();
        });
    }

    @Test
    void theSameCallWrittenDifferentlyInAnotherExportKeepsItsId() {
        CallLogParseResult later = parser.parse("""
                caller_number,caller_name,started_at,queue,outcome,notes,voicemail_reference
                +447700900123,Mary Jones,2026-07-14 10:00:00,HOUSING,CALLBACK_REQUESTED,Rang back twice,
                """);

        assertThat(later.contacts()).extracting(Contact::channelMessageId)
                .containsExactly("sha256:46f203e659fc8402963e8c8782196ae0");
    }

    @Test
    void aHeaderWithoutARequiredColumnQuarantinesTheWholeFile() {
        CallLogParseResult result = PhoneLogs.parse(parser, "council-bad-header.csv");

        assertThat(result.contacts()).isEmpty();
        assertThat(result.badRows()).extracting(BadCallRow::lineNumber, BadCallRow::reason).containsExactly(
                tuple(1, "header row is missing column(s): started_at"),
                tuple(2, "not read: the header row on line 1 is invalid"),
                tuple(3, "not read: the header row on line 1 is invalid"));
    }

    @Test
    void aHeaderAloneIsAnEmptyResult() {
        CallLogParseResult result = parser.parse("caller_number,started_at,outcome\n");

        assertThat(result.layout()).isEqualTo(CallLogLayout.COUNCIL_CSV);
        assertThat(result.contacts()).isEmpty();
        assertThat(result.badRows()).isEmpty();
        assertThat(result.skippedCount()).isZero();
    }

    @Test
    void queueListAppliesToCouncilQueues() {
        CallLogParser housingOnly = new CallLogParser(new PhoneChannelSettings(PhoneChannelSettings.DEFAULT_ZONE,
                new CallRecordPolicy(null, List.of("housing"))), new PhoneNumberNormaliser());

        CallLogParseResult result = PhoneLogs.parse(housingOnly, "council.csv");

        assertThat(result.contacts()).extracting(Contact::serviceAreaHint).containsExactly("Housing", "Housing");
        assertThat(result.skippedCount()).isEqualTo(4);
    }
}
