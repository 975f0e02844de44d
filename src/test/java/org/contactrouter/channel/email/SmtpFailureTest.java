package org.contactrouter.channel.email;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.junit.jupiter.api.Test;

/** Which SMTP failures mark a reply FAILED at once, and which are retried. */
class SmtpFailureTest {

    @Test
    void aRecipientRefusedWith5xxIsPermanent() throws Exception {
        var refused = new SMTPAddressFailedException(new InternetAddress("nobody@example.org"), "RCPT TO", 550,
                "5.1.1 User unknown");
        var send = new SendFailedException("Invalid Addresses", refused);

        assertThat(SmtpReplySender.refusedForGood(send)).isTrue();
    }

    @Test
    void aMessageRejectedWith5xxIsPermanent() {
        assertThat(SmtpReplySender.refusedForGood(new SMTPSendFailedException("DATA", 554, "5.7.1 rejected", null,
                null, null, null))).isTrue();
    }

    @Test
    void temporaryRefusalsOutagesAndAuthenticationProblemsAreRetried() {
        assertThat(SmtpReplySender.refusedForGood(new SMTPSendFailedException("MAIL FROM", 451, "4.3.0 try later",
                null, null, null, null))).isFalse();
        assertThat(SmtpReplySender.refusedForGood(new SMTPSendFailedException("MAIL FROM", 530, "5.7.0 auth needed",
                null, null, null, null))).isFalse();
        assertThat(SmtpReplySender.refusedForGood(new MessagingException("Couldn't connect to host"))).isFalse();
    }
}
