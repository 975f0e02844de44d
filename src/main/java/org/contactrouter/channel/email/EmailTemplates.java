package org.contactrouter.channel.email;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The outbound email templates, each in a plain-text and an HTML version, loaded from one directory
 * ({@code config/templates/email/} by default) so councils can change the wording without a release.
 *
 * @param acknowledgementText {@code acknowledgement.txt}
 * @param acknowledgementHtml {@code acknowledgement.html}
 * @param replyText           {@code reply.txt}
 * @param replyHtml           {@code reply.html}
 */
public record EmailTemplates(Template acknowledgementText, Template acknowledgementHtml,
                             Template replyText, Template replyHtml) {

    /** Loads the four templates; all must exist and be UTF-8. */
    public static EmailTemplates load(Path directory) throws IOException {
        return new EmailTemplates(
                read(directory, "acknowledgement.txt", false),
                read(directory, "acknowledgement.html", true),
                read(directory, "reply.txt", false),
                read(directory, "reply.html", true));
    }

    private static Template read(Path directory, String file, boolean html) throws IOException {
        return new Template(file, Files.readString(directory.resolve(file), StandardCharsets.UTF_8), html);
    }
}
