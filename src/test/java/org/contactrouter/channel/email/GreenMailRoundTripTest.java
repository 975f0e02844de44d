package org.contactrouter.channel.email;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Folder;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.contactrouter.caseload.CaseReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** An acknowledgement sent through a real SMTP server and read back over IMAP keeps everything that matters. */
class GreenMailRoundTripTest {

    @RegisterExtension
    static final GreenMailExtension GREEN_MAIL = new GreenMailExtension(
            ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));

    @TempDir
    Path attachments;

    @Test
    void acknowledgementSurvivesSmtpAndImap() throws Exception {
        GREEN_MAIL.setUser("cy.citizen@example.org", "secret");
        ThreadContext thread = new ThreadContext(new InternetAddress("cy.citizen@example.org", "Siân Hughes", "UTF-8"),
                "Siân Hughes", "Cwyn am y dŵr ar Stryd y Tŷ Gwyn", "welsh-subject-01@example.cymru",
                List.of("welsh-subject-01@example.cymru"));
        Properties smtp = new Properties();
        smtp.put("mail.smtp.host", "127.0.0.1");
        smtp.put("mail.smtp.port", String.valueOf(GREEN_MAIL.getSmtp().getPort()));
        OutboundEmailComposer composer = new OutboundEmailComposer(
                EmailTemplates.load(Path.of("config/templates/email")), Session.getInstance(smtp),
                "Llanfair Council", "council.example", OutboundEmailComposerTest.CLOCK);
        OutboundEmail ack = composer.acknowledgement(OutboundEmailComposerTest.councilMailbox(), thread,
                new CaseReference(2026, 4242), "We aim to respond within 3 working days.");

        // Transport.send saves the message again; the recorded Message-ID must still be the one sent.
        Transport.send(ack.message());

        Store store = Session.getInstance(new Properties()).getStore("imap");
        store.connect("127.0.0.1", GREEN_MAIL.getImap().getPort(), "cy.citizen@example.org", "secret");
        try {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            assertThat(inbox.getMessageCount()).isEqualTo(1);
            MimeMessage received = (MimeMessage) inbox.getMessage(1);

            ParsedEmail parsed = new EmailParser(new FileSystemAttachmentStore(attachments), EmailFixtures.POLICY)
                    .parse(received, new Mailbox("citizen", null), received.getReceivedDate().toInstant(),
                            Instant.now());

            assertThat(parsed.messageId()).isEqualTo(ack.messageId());
            assertThat(parsed.subject()).isEqualTo("[CR-2026-004242] Re: Cwyn am y dŵr ar Stryd y Tŷ Gwyn");
            assertThat(parsed.caseReferenceHint()).isEqualTo("CR-2026-004242");
            assertThat(parsed.inReplyTo()).containsExactly("welsh-subject-01@example.cymru");
            assertThat(parsed.references()).containsExactly("welsh-subject-01@example.cymru");
            assertThat(parsed.fromAddress()).isEqualTo("highways@council.example");
            assertThat(parsed.body()).contains("Dear Siân Hughes,", "CR-2026-004242");
            assertThat(parsed.sanitisedHtml()).contains("CR-2026-004242");
            assertThat(new AutomatedMailDetector().detect(received))
                    .hasValueSatisfying(a -> assertThat(a.reason()).isEqualTo(AutomatedMail.Reason.AUTO_REPLY));
            inbox.close(false);
        } finally {
            store.close();
        }
    }
}
