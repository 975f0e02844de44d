package org.contactrouter.channel.email;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import java.util.Set;

/** Loads the .eml corpus in src/test/resources/email and the attachment policy the corpus is written for. */
final class EmailFixtures {

    static final Session SESSION = Session.getInstance(new Properties());
    static final Mailbox MAILBOX = new Mailbox("waste", "waste-and-recycling");
    /** Small limits so the corpus can show every kind of refusal with small files. */
    static final AttachmentPolicy POLICY =
            new AttachmentPolicy(4096, Set.of("application/pdf", "image/*", "text/calendar"), 3);

    private EmailFixtures() {
    }

    static MimeMessage load(String file) {
        try (InputStream in = EmailFixtures.class.getResourceAsStream("/email/" + file)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + file);
            }
            return new MimeMessage(SESSION, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
