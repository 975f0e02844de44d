package org.contactrouter.channel.email;

import jakarta.mail.Multipart;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.contactrouter.caseload.CaseReference;
import org.contactrouter.contact.Contact;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OutboundEmailComposerTest {

    static final CaseReference REFERENCE = new CaseReference(2026, 123);
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-06T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path attachments;

    static OutboundEmailComposer composer() throws Exception {
        return new OutboundEmailComposer(EmailTemplates.load(Path.of("config/templates/email")),
                EmailFixtures.SESSION, "Cyngor Sir Llanfair County Council", "council.example", CLOCK);
    }

    static InternetAddress councilMailbox() throws Exception {
        return new InternetAddress("highways@council.example", "Highways");
    }

    private Contact inbound(String fixture) throws Exception {
        return new EmailParser(new FileSystemAttachmentStore(attachments), EmailFixtures.POLICY)
                .parse(EmailFixtures.load(fixture), EmailFixtures.MAILBOX, null, CLOCK.instant()).toContact();
    }

    /** Writes and re-reads the message, as a receiving server would see it. */
    static MimeMessage reread(MimeMessage message) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        message.writeTo(bytes);
        return new MimeMessage(EmailFixtures.SESSION, new ByteArrayInputStream(bytes.toByteArray()));
    }

    @Test
    void acknowledgementContinuesTheThreadAndIsMarkedAutomatic() throws Exception {
        ThreadContext thread = ThreadContext.replyingTo(inbound("05-outlook-reply.eml"));

        OutboundEmail ack = composer().acknowledgement(councilMailbox(), thread, REFERENCE,
                "We aim to respond within 3 working days.");
        MimeMessage sent = reread(ack.message());

        assertThat(sent.getHeader("Message-ID", null)).isEqualTo("<" + ack.messageId() + ">");
        assertThat(ack.messageId()).endsWith("@council.example");
        assertThat(sent.getHeader("Auto-Submitted", null)).isEqualTo("auto-replied");
        assertThat(sent.getHeader("In-Reply-To", null)).isEqualTo("<DB9PR01MB1234ABCD@DB9PR01.prod.outlook.com>");
        assertThat(MessageIds.parseList(sent.getHeader("References", " "))).containsExactly(
                "DB9PR01MB0001@DB9PR01.prod.outlook.com", "ack-0001@council.example",
                "DB9PR01MB1234ABCD@DB9PR01.prod.outlook.com");
        assertThat(sent.getSubject()).isEqualTo("[CR-2026-000123] Re: Pothole on the High Street");
        assertThat(sent.getAllRecipients()).extracting(a -> ((InternetAddress) a).getAddress())
                .containsExactly("gareth.evans@example.co.uk");
        assertThat(sent.getSentDate().toInstant()).isEqualTo(CLOCK.instant());
        assertThat(new AutomatedMailDetector().detect(sent)).isPresent();

        Multipart alternative = (Multipart) sent.getContent();
        assertThat(alternative.getBodyPart(0).getContent().toString())
                .contains("Dear Evans, Gareth,", "your reference number is CR-2026-000123",
                        "We aim to respond within 3 working days.");
        assertThat(alternative.getBodyPart(1).isMimeType("text/html")).isTrue();
        assertThat(alternative.getBodyPart(1).getContent().toString()).contains("CR-2026-000123");
    }

    @Test
    void acknowledgementGoesToReplyToWhenGiven() throws Exception {
        ThreadContext thread = ThreadContext.replyingTo(inbound("29-gmail-inline-forward.eml"));

        MimeMessage ack = composer().acknowledgement(councilMailbox(), thread, REFERENCE, "We aim to respond soon.")
                .message();

        assertThat(((InternetAddress) ack.getAllRecipients()[0]).getAddress()).isEqualTo("kate.home@example.org");
    }

    @Test
    void syntheticIdsAreNeverReferenced() throws Exception {
        ThreadContext thread = ThreadContext.replyingTo(inbound("16-missing-message-id.eml"));

        MimeMessage ack = composer().acknowledgement(councilMailbox(), thread, REFERENCE, "Soon.").message();

        assertThat(thread.inReplyTo()).isNull();
        assertThat(ack.getHeader("In-Reply-To")).isNull();
        assertThat(ack.getHeader("References")).isNull();
    }

    @Test
    void htmlEscapesCitizenSuppliedValuesButTextDoesNot() throws Exception {
        ThreadContext thread = new ThreadContext(new InternetAddress("x@example.org"),
                "<script>alert('x')</script> & Co", "Hi", null, null);

        MimeMessage reply = composer().officerReply(councilMailbox(), thread, REFERENCE, "Alex Officer",
                "Line one\n<b>not bold</b>").message();

        Multipart alternative = (Multipart) reply.getContent();
        String text = alternative.getBodyPart(0).getContent().toString();
        String html = alternative.getBodyPart(1).getContent().toString();
        assertThat(text).contains("Dear <script>alert('x')</script> & Co,", "Line one\n<b>not bold</b>");
        assertThat(html).doesNotContain("<script>", "<b>not bold")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; Co", "&lt;b&gt;not bold&lt;/b&gt;");
    }

    @Test
    void officerReplyHasItsOwnIdAndNoAutoSubmitted() throws Exception {
        ThreadContext thread = ThreadContext.replyingTo(inbound("06-gmail-reply.eml"));

        OutboundEmail first = composer().officerReply(councilMailbox(), thread, REFERENCE, "Alex Officer", "Thanks.");
        OutboundEmail second = composer().officerReply(councilMailbox(), thread, REFERENCE, "Alex Officer", "Thanks.");
        MimeMessage sent = reread(first.message());

        assertThat(first.messageId()).isNotEqualTo(second.messageId());
        assertThat(sent.getHeader("Message-ID", null)).isEqualTo("<" + first.messageId() + ">");
        assertThat(sent.getHeader("Auto-Submitted")).isNull();
        assertThat(sent.getHeader("In-Reply-To", null)).isEqualTo("<CAJx9k=abc123@mail.gmail.example>");
        assertThat(MessageIds.parseList(sent.getHeader("References", " "))).containsExactly(
                "CAJx9k=first@mail.gmail.example", "reply-0042@council.example", "CAJx9k=abc123@mail.gmail.example");
        assertThat(sent.getSubject()).isEqualTo("[CR-2026-000123] Re: Single person discount");
        assertThat(((Multipart) sent.getContent()).getBodyPart(0).getContent().toString())
                .contains("Thanks.", "Alex Officer", "Cyngor Sir Llanfair County Council");
    }

    @Test
    void subjectKeepsOneReferenceAndOneRe() {
        assertThat(OutboundEmailComposer.subject("RE: Re: [cr-2026-000123] Re: Bins", REFERENCE, EmailWording.ENGLISH))
                .isEqualTo("[CR-2026-000123] Re: Bins");
        assertThat(OutboundEmailComposer.subject("Re: [CR-2026-000123] Bins", REFERENCE, EmailWording.ENGLISH))
                .isEqualTo("[CR-2026-000123] Re: Bins");
        assertThat(OutboundEmailComposer.subject("Casgliad y dŵr", REFERENCE, EmailWording.ENGLISH))
                .isEqualTo("[CR-2026-000123] Re: Casgliad y dŵr");
        assertThat(OutboundEmailComposer.subject(null, REFERENCE, EmailWording.ENGLISH))
                .isEqualTo("[CR-2026-000123] Your message");
    }

    @Test
    void aWelshSubjectSaysAtebAndEichNeges() {
        assertThat(OutboundEmailComposer.subject("Ateb: Re: [CR-2026-000123] Casgliad y dŵr", REFERENCE,
                EmailWording.WELSH)).isEqualTo("[CR-2026-000123] Ateb: Casgliad y dŵr");
        assertThat(OutboundEmailComposer.subject(" ", REFERENCE, EmailWording.WELSH))
                .isEqualTo("[CR-2026-000123] Eich neges");
    }

    @Test
    void templatesWithUnknownPlaceholdersAreRejectedUpFront() {
        Template bad = new Template("bad.txt", "Hello ${nickname}", false);
        Template good = new Template("ok.txt", "Hello ${citizenName}", false);

        assertThatThrownBy(() -> new OutboundEmailComposer(new EmailTemplates(bad, good, good, good),
                EmailFixtures.SESSION, "Council", "council.example", CLOCK))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("${nickname}");
        assertThat(good.render(Map.of("citizenName", "Siân"))).isEqualTo("Hello Siân");
    }
}
