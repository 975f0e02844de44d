package org.contactrouter.channel.phone;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Test phone-log files from {@code src/test/resources/phone/}. */
final class PhoneLogs {

    private PhoneLogs() {
    }

    static CallLogParseResult parse(CallLogParser parser, String fileName) {
        InputStream in = PhoneLogs.class.getResourceAsStream("/phone/" + fileName);
        if (in == null) {
            throw new IllegalArgumentException("no test file " + fileName);
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return parser.parse(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static CallLogParser defaultParser() {
        return new CallLogParser(PhoneChannelSettings.defaults(), new PhoneNumberNormaliser());
    }
}
