package org.contactrouter.channel.phone;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.contactrouter.contact.Contact;

/**
 * Hostile call-log files (issue 8, 2): any text at all, line breaks, quotes, control characters and overlong lines
 * included, is read without an exception; every row not read is quarantined with a reason, and a good row after the
 * junk is still a contact.
 */
class CallLogParserFuzzProperties {

    private static final String GOOD_CDR = "\"\",\"07700900123\",\"3001\",\"housing\",\"<07700900123>\",\"SIP/trunk-1\","
            + "\"\",\"Dial\",\"SIP/2001,20\",\"2026-07-14 09:15:02\",\"\",\"2026-07-14 09:15:22\",20,0,\"NO ANSWER\","
            + "\"DOCUMENTATION\",\"fuzz-good\",\"\"";

    private final CallLogParser parser = PhoneLogs.defaultParser();

    @Property(tries = 300)
    void anyContentIsReadWithoutExceptionAndEveryBadRowHasAReason(@ForAll("hostileFiles") String content) {
        CallLogParseResult result = parser.parse(content);

        assertThat(result.badRows()).allSatisfy(bad -> {
            assertThat(bad.reason()).isNotBlank();
            assertThat(bad.lineNumber()).isPositive();
        });
    }

    @Property(tries = 200)
    void aGoodRowAfterHostileRowsIsStillAContact(@ForAll("hostileFiles") String junk) {
        // Quotes removed: an unclosed quote may legitimately join up to 50 lines into one (bad) record.
        String content = GOOD_CDR.replace("fuzz-good", "first") + "\n" + junk.replace("\"", "") + "\n" + GOOD_CDR;

        CallLogParseResult result = parser.parse(content);

        assertThat(result.contacts()).extracting(Contact::channelMessageId).contains("first", "fuzz-good");
    }

    @Property(tries = 50)
    void anOverlongLineIsQuarantinedWithItsLengthAndTheNextRowIsRead(
            @ForAll("overlong") String line, @ForAll boolean councilLayout) {
        String header = councilLayout ? "caller_number,started_at,outcome\n" : "";
        String good = councilLayout ? "07700900123,2026-07-14T10:00:00Z,MISSED" : GOOD_CDR;

        CallLogParseResult result = parser.parse(header + good + "\n" + line + "\n" + good.replace("fuzz-good", "next"));

        assertThat(result.badRows()).singleElement().satisfies(bad -> {
            assertThat(bad.reason()).isEqualTo("line too long: " + line.length() + " characters, the limit is 8192");
            assertThat(bad.originalText()).isEqualTo(line);
        });
        assertThat(result.contacts()).hasSizeGreaterThanOrEqualTo(1);
    }

    @Provide
    Arbitrary<String> hostileFiles() {
        Arbitrary<String> anything = Arbitraries.strings().all().ofMaxLength(400);
        Arbitrary<String> csvish = Arbitraries.strings().withChars("\",\r\n\t\u0000\uFEFF;:07- ").ofMaxLength(200);
        Arbitrary<String> longLine = Arbitraries.strings().withChars("ab,\"").ofMinLength(8_000).ofMaxLength(9_000);
        Arbitrary<String> header = Arbitraries.of("caller_number,started_at,outcome", "caller_number", "\uFEFFx,caller_number");
        return Arbitraries.oneOf(anything, csvish, longLine, header).list().ofMaxSize(6).map(l -> String.join("\n", l));
    }

    @Provide
    Arbitrary<String> overlong() {
        return Arbitraries.strings().withChars("0123456789,abc ").ofMinLength(8_193).ofMaxLength(50_000)
                .filter(s -> !s.isBlank());
    }
}
