package org.contactrouter.channel.phone;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.contactrouter.contact.Contact;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CallLogParserProperties {

    private static final String GOOD_CDR = "\"\",\"07700900123\",\"3001\",\"housing\",\"\"\"Jones, Mary\"\" "
            + "<07700900123>\",\"SIP/trunk-1\",\"\",\"Dial\",\"SIP/2001,20\",\"2026-07-14 09:15:02\",\"\","
            + "\"2026-07-14 09:15:22\",20,0,\"NO ANSWER\",\"DOCUMENTATION\",\"good-1\",\"\"";

    private final CallLogParser parser = PhoneLogs.defaultParser();

    @Property(tries = 300)
    void neverThrowsAndReportsEveryBadLineWithAReason(@ForAll("junkLines") List<String> lines) {
        CallLogParseResult result = parser.parse(String.join("\n", lines));

        assertThat(result.badRows()).allSatisfy(bad -> {
            assertThat(bad.reason()).isNotBlank();
            assertThat(bad.lineNumber()).isBetween(1, lines.size());
        });
        long nonBlank = lines.stream().filter(line -> !line.isBlank()).count();
        assertThat(result.contacts().size() + result.skippedCount() + result.badRows().size())
                .isLessThanOrEqualTo((int) nonBlank);
    }

    @Property(tries = 300)
    void aGoodLineAfterBadOnesIsStillReturned(@ForAll("junkLines") List<String> junk) {
        // A stray quote may join a few junk lines into one record, but never the good line that follows them.
        List<String> junkWithoutOpenQuotes = junk.stream().map(line -> line.replace("\"", "")).toList();
        String content = String.join("\n", junkWithoutOpenQuotes) + "\n" + GOOD_CDR + "\n";

        CallLogParseResult result = parser.parse(content);

        assertThat(result.contacts()).extracting(Contact::channelMessageId).endsWith("good-1");
    }

    @Property(tries = 200)
    void aGoodLineAfterAnUnclosedQuoteIsStillReturned(@ForAll("junkLines") List<String> junk) {
        String content = "\"unclosed,quote\n" + String.join("\n", junk) + "\n" + GOOD_CDR + "\n";

        CallLogParseResult result = parser.parse(content);

        assertThat(result.badRows()).first().extracting(BadCallRow::lineNumber).isEqualTo(1);
        assertThat(result.contacts()).extracting(Contact::channelMessageId).endsWith("good-1");
    }

    @Provide
    Arbitrary<List<String>> junkLines() {
        Arbitrary<String> anyText = Arbitraries.strings().all().ofMaxLength(80)
                .map(s -> s.replaceAll("[\\r\\n\\u2028\\u2029\\u0085]", " "));
        Arbitrary<String> csvish = Arbitraries.strings().withChars("\",07:- abANSWERED").ofMaxLength(60);
        Arbitrary<String> mangledCdr = Arbitraries.integers().between(0, GOOD_CDR.length())
                .map(cut -> GOOD_CDR.substring(0, cut));
        return Arbitraries.oneOf(anyText, csvish, mangledCdr).list().ofMaxSize(8);
    }
}
