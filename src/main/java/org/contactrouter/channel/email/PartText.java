package org.contactrouter.channel.email;

import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.ParseException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;

/**
 * Reads the text of a MIME part with the charset real mail needs rather than the one it claims: mail labelled
 * ISO-8859-1 is usually Windows-1252 (curly quotes, the euro sign), as browsers also assume, and mail with no or an
 * unknown label is tried as UTF-8 first.
 */
final class PartText {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private PartText() {
    }

    /** The decoded text of a part: transfer encoding (base64, quoted-printable) undone, then the charset. */
    static String read(Part part) throws MessagingException, IOException {
        byte[] bytes;
        try (InputStream in = part.getInputStream()) {
            bytes = in.readAllBytes();
        }
        return decode(bytes, charsetLabel(part));
    }

    static String decode(byte[] bytes, String label) {
        Charset declared = lookup(label);
        if (declared == null || declared.equals(StandardCharsets.US_ASCII)) {
            return utf8OrWindows1252(bytes);
        }
        if (declared.equals(StandardCharsets.ISO_8859_1)) {
            return new String(bytes, WINDOWS_1252);
        }
        return new String(bytes, declared);
    }

    /** The base MIME type in lower case, e.g. "text/plain"; "application/octet-stream" when unreadable. */
    static String baseType(Part part) throws MessagingException {
        try {
            return new ContentType(part.getContentType()).getBaseType().toLowerCase(Locale.ROOT);
        } catch (ParseException | NullPointerException e) {
            return "application/octet-stream";
        }
    }

    private static String charsetLabel(Part part) throws MessagingException {
        try {
            return new ContentType(part.getContentType()).getParameter("charset");
        } catch (ParseException | NullPointerException e) {
            return null;
        }
    }

    private static Charset lookup(String label) {
        if (label == null || label.isBlank()) {
            return null;
        }
        try {
            return Charset.forName(label.trim());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    private static String utf8OrWindows1252(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, WINDOWS_1252);
        }
    }
}
