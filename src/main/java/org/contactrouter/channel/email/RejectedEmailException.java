package org.contactrouter.channel.email;

import jakarta.mail.MessagingException;

/**
 * A message the email channel will not read, with the reason: over a limit (too many header lines) or so broken that
 * its MIME structure cannot be walked. Retrying cannot help; routes/email.yaml dead-letters it with the reason.
 */
public class RejectedEmailException extends MessagingException {

    public RejectedEmailException(String reason, Exception cause) {
        super(reason, cause);
    }
}
