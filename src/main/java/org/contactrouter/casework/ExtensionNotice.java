package org.contactrouter.casework;

import java.time.Instant;
import java.time.ZoneId;

import org.contactrouter.reply.CitizenDates;

/**
 * What the citizen is told when their response deadline is extended: that it is, to when, and why, in the case's
 * language (Welsh correspondence is answered in Welsh).
 */
final class ExtensionNotice {

    private ExtensionNotice() {
    }

    static String text(String language, String reference, Instant dueAt, ZoneId zone, String reason) {
        String by = CitizenDates.format(dueAt, zone, language);
        return "cy".equals(language)
                ? "Mae angen mwy o amser arnom i roi ymateb llawn i chi ar " + reference + ". Byddwch yn ei gael erbyn "
                        + by + ". Pam: " + reason.strip()
                : "We need more time to give you a full response on " + reference + ". You will have it by " + by
                        + ". Why: " + reason.strip();
    }

}
