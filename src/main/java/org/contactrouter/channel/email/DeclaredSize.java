package org.contactrouter.channel.email;

import java.util.Locale;

import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.MimePart;

/**
 * A part's decoded size as its message describes it, without reading its content: over IMAP the size comes from
 * the BODYSTRUCTURE the server already sent, so a refused file is never downloaded.
 */
final class DeclaredSize {

    /** Base64 lines carry 57 bytes in 76 characters plus CRLF. */
    private static final long BASE64_BYTES_PER_LINE = 57;
    private static final long BASE64_LINE_LENGTH = 78;

    private DeclaredSize() {
    }

    /** The decoded size: exact for 7bit, 8bit and binary, an estimate for base64 and an upper bound otherwise; 0 if unknown. */
    static long of(Part part) throws MessagingException {
        long encoded = part.getSize();
        if (encoded <= 0) {
            return 0;
        }
        String encoding = part instanceof MimePart mime && mime.getEncoding() != null
                ? mime.getEncoding().toLowerCase(Locale.ROOT) : "";
        return encoding.equals("base64") ? encoded * BASE64_BYTES_PER_LINE / BASE64_LINE_LENGTH : encoded;
    }
}
