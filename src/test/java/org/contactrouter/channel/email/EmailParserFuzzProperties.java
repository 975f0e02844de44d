package org.contactrouter.channel.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Hostile mail (issue 8, 2): mangled MIME structure, headers and encodings are parsed, or refused with a
 * {@link RejectedEmailException} giving the reason (which routes/email.yaml dead-letters); never any other exception.
 * Too many header lines are refused with a reason; attachments beyond the policy's count are refused on the contact.
 */
class EmailParserFuzzProperties {

    private static final Instant NOW = Instant.parse("2026-04-01T12:00:00Z");
    private final EmailParser parser = new EmailParser(new InMemoryStore(), EmailFixtures.POLICY);

    @Property(tries = 400)
    void mangledMailIsParsedOrRefusedWithAReason(@ForAll("mangledMail") byte[] raw) throws Exception {
        MimeMessage message = message(raw);

        Throwable thrown = catchThrowable(() -> parser.parse(message, EmailFixtures.MAILBOX, null, NOW));

        if (thrown != null) {
            assertThat(thrown).isInstanceOf(RejectedEmailException.class);
            assertThat(thrown.getMessage()).startsWith("unreadable message: ");
        }
    }

    @Property(tries = 20)
    void tooManyHeaderLinesAreRefusedWithTheReason(@ForAll @IntRange(min = 1, max = 2_000) int extra) throws Exception {
        StringBuilder raw = new StringBuilder("From: a@example.org\r\nSubject: hi\r\n");
        for (int i = 0; i < EmailParser.MAX_HEADER_LINES - 2 + extra; i++) {
            raw.append("X-Filler-").append(i).append(": x\r\n");
        }
        raw.append("\r\nbody\r\n");
        MimeMessage message = message(raw.toString().getBytes(StandardCharsets.US_ASCII));

        Throwable thrown = catchThrowable(() -> parser.parse(message, EmailFixtures.MAILBOX, null, NOW));

        assertThat(thrown).isInstanceOf(RejectedEmailException.class)
                .hasMessage("too many header lines: " + (EmailParser.MAX_HEADER_LINES + extra) + ", the limit is "
                        + EmailParser.MAX_HEADER_LINES);
    }

    @Property(tries = 10)
    void attachmentsBeyondTheCountAreRefusedWithTheReason(@ForAll @IntRange(min = 0, max = 15) int files) throws Exception {
        StringBuilder raw = new StringBuilder("From: a@example.org\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nhello\r\n");
        for (int i = 0; i < files; i++) {
            raw.append("--b\r\nContent-Type: application/pdf; name=f").append(i).append(".pdf\r\n")
                    .append("Content-Disposition: attachment; filename=f").append(i).append(".pdf\r\n\r\nfile\r\n");
        }
        raw.append("--b--\r\n");

        ParsedEmail email = parser.parse(message(raw.toString().getBytes(StandardCharsets.US_ASCII)),
                EmailFixtures.MAILBOX, null, NOW);

        int max = EmailFixtures.POLICY.maxCount();
        assertThat(email.attachments()).hasSize(files);
        assertThat(email.attachments().stream().filter(a -> a.refusedReason() != null))
                .hasSize(Math.max(0, files - max))
                .allSatisfy(a -> assertThat(a.refusedReason()).isEqualTo("too many attachments: at most " + max
                        + " per message"));
    }

    @Provide
    Arbitrary<byte[]> mangledMail() {
        List<String> pieces = List.of("From: ", "To: ", "Subject: =?utf-8?B?", "=?x-unknown?Q?=FF?=", "Content-Type: ",
                "multipart/mixed; boundary=", "multipart/alternative; boundary=\"", "message/rfc822", "text/html",
                "text/calendar", "Content-Transfer-Encoding: ", "base64", "quoted-printable", "uuencode",
                "charset=x-nonsense", "--b", "--b--", "\r\n", "\r\n\r\n", "\n", ";", "\"", "<", ">", "@", "=", "=?",
                "Content-Disposition: attachment; filename*=", "BEGIN:VCALENDAR", "<script>", "\u0000", "\u00ff");
        Arbitrary<String> structured = Arbitraries.of(pieces).list().ofMaxSize(60).map(l -> String.join("", l));
        Arbitrary<String> noise = Arbitraries.strings().all().ofMaxLength(300);
        return Combinators.combine(structured, noise, Arbitraries.integers().between(0, 2))
                .as((s, n, order) -> switch (order) {
                    case 0 -> s + n;
                    case 1 -> n + s;
                    default -> "MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n" + s + n;
                }).map(text -> text.getBytes(StandardCharsets.UTF_8));
    }

    private static MimeMessage message(byte[] raw) throws MessagingException {
        return new MimeMessage(EmailFixtures.SESSION, new ByteArrayInputStream(raw));
    }

    /** Attachments kept in memory: the store is not what is fuzzed. */
    private static final class InMemoryStore implements AttachmentStore {
        @Override
        public String store(String fileName, String contentType, byte[] content) {
            return "memory:" + fileName;
        }

        @Override
        public InputStream open(String storageKey) {
            return new ByteArrayInputStream(new ByteArrayOutputStream().toByteArray());
        }

        @Override
        public void delete(String storageKey) {
            // nothing is kept
        }
    }
}
