package org.contactrouter.channel.email;

import java.io.IOException;
import java.io.InputStream;
import java.net.SocketException;
import java.nio.file.Path;
import java.time.Instant;

import jakarta.mail.FolderClosedException;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How the parser treats a file it refuses and a mail server that fails while a message is read. */
class EmailParserFailureTest {

    @TempDir
    Path attachments;

    @Test
    void aFileRefusedByTypeIsNeverDownloadedAndItsRefusalGivesEveryReasonSizeFirst() throws Exception {
        MimeMessage message = withAttachment(new UnreadablePart("application/x-msdownload", "setup.exe", 40_000,
                new AssertionError("a refused file must not be read")));

        ParsedEmail email = parse(message);

        assertThat(email.attachments()).singleElement().satisfies(file -> {
            assertThat(file.storageKey()).isNull();
            assertThat(file.sizeBytes()).as("estimated from the declared base64 size").isEqualTo(40_000L * 57 / 78);
            assertThat(file.refusedReason()).isEqualTo("too large: about 29230 bytes, limit 4096 bytes; "
                    + "file type not accepted: application/x-msdownload");
        });
    }

    @Test
    void aConnectionDroppedMidMessageIsThrownAsItIsSoTheMessageIsReadAgain() throws Exception {
        MimeMessage dropped = withAttachment(new UnreadablePart("application/pdf", "form.pdf", 100,
                new MessagingException("connection lost", new SocketException("Connection reset"))));
        MimeMessage folderClosed = withAttachment(new UnreadablePart("application/pdf", "form.pdf", 100,
                new FolderClosedException(null, "server closed the folder")));

        assertThatThrownBy(() -> parse(dropped)).isNotInstanceOf(RejectedEmailException.class)
                .hasRootCauseInstanceOf(SocketException.class);
        assertThatThrownBy(() -> parse(folderClosed)).isInstanceOf(FolderClosedException.class);
    }

    @Test
    void aMessageThatCannotBeDecodedIsRefusedWithItsReason() throws Exception {
        MimeMessage broken = withAttachment(new UnreadablePart("application/pdf", "form.pdf", 100,
                new IOException("invalid base64 at line 3")));

        assertThatThrownBy(() -> parse(broken)).isInstanceOf(RejectedEmailException.class)
                .hasMessageContaining("invalid base64 at line 3");
    }

    private ParsedEmail parse(MimeMessage message) throws Exception {
        return new EmailParser(new FileSystemAttachmentStore(attachments), EmailFixtures.POLICY)
                .parse(message, EmailFixtures.MAILBOX, null, Instant.now());
    }

    private static MimeMessage withAttachment(MimeBodyPart attachment) throws MessagingException {
        MimeMessage message = new MimeMessage(EmailFixtures.SESSION);
        message.setFrom("citizen@example.org");
        message.setSubject("Form attached");
        MimeBodyPart text = new MimeBodyPart();
        text.setText("Please see the attached file.", "UTF-8");
        message.setContent(new MimeMultipart(text, attachment));
        message.saveChanges();
        return message;
    }

    /** An attachment as an IMAP server describes it (type, name, size) whose content fails when fetched. */
    private static final class UnreadablePart extends MimeBodyPart {
        private final String type;
        private final int declaredSize;
        private final Throwable onRead;

        UnreadablePart(String type, String name, int declaredSize, Throwable onRead) throws MessagingException {
            this.type = type;
            this.declaredSize = declaredSize;
            this.onRead = onRead;
            setHeader("Content-Type", type + "; name=\"" + name + "\"");
            setHeader("Content-Transfer-Encoding", "base64");
            setDisposition(ATTACHMENT);
            setFileName(name);
        }

        @Override
        public String getContentType() {
            return type;
        }

        @Override
        public int getSize() {
            return declaredSize;
        }

        @Override
        public InputStream getInputStream() throws IOException, MessagingException {
            if (onRead instanceof IOException io) {
                throw io;
            }
            if (onRead instanceof MessagingException messaging) {
                throw messaging;
            }
            throw (Error) onRead;
        }
    }
}
