package org.contactrouter.channel.phone;

import org.contactrouter.contact.Contact;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The documented examples in {@code config/examples/phone/} must stay readable. */
class ExampleFilesTest {

    private static final Path EXAMPLES = Path.of("config/examples/phone");

    private final CallLogParser parser = PhoneLogs.defaultParser();

    @Test
    void theAsteriskExampleReadsCleanly() throws IOException {
        CallLogParseResult result = parser.parse(Files.readString(EXAMPLES.resolve("Master.csv")));

        assertThat(result.layout()).isEqualTo(CallLogLayout.ASTERISK_CDR);
        assertThat(result.badRows()).isEmpty();
        assertThat(result.contacts()).extracting(Contact::subject).containsExactly(
                "Missed call to Housing queue", "Voicemail on Council-tax queue", "Missed call to Housing queue",
                "Missed call to Housing queue");
        assertThat(result.skippedCount()).isEqualTo(1);
    }

    @Test
    void theCouncilExampleReadsCleanly() throws IOException {
        CallLogParseResult result = parser.parse(Files.readString(EXAMPLES.resolve("council-phone-log.csv")));

        assertThat(result.layout()).isEqualTo(CallLogLayout.COUNCIL_CSV);
        assertThat(result.badRows()).isEmpty();
        assertThat(result.contacts()).extracting(Contact::subject).containsExactly(
                "Missed call to Housing queue", "Voicemail on Council Tax queue",
                "Callback requested on Housing queue", "Callback requested on Environment queue");
        assertThat(result.skippedCount()).isEqualTo(1);
    }
}
