package org.contactrouter.casework;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * What the citizen is told when their response deadline is extended: that it is, to when, and why, in the case's
 * language (Welsh correspondence is answered in Welsh).
 */
final class ExtensionNotice {

    private static final Locale WELSH = Locale.forLanguageTag("cy");

    private ExtensionNotice() {
    }

    static String text(String language, String reference, Instant dueAt, ZoneId zone, String reason) {
        String by = date(dueAt, zone, language);
        return "cy".equals(language)
                ? "Mae angen mwy o amser arnom i roi ymateb llawn i chi ar " + reference + ". Byddwch yn ei gael erbyn "
                        + by + ". Pam: " + reason.strip()
                : "We need more time to give you a full response on " + reference + ". You will have it by " + by
                        + ". Why: " + reason.strip();
    }

    /** A deadline as people write it, e.g. "Friday 3 April 2026" or "dydd Gwener 3 Ebrill 2026". */
    static String date(Instant at, ZoneId zone, String language) {
        return DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", "cy".equals(language) ? WELSH : Locale.UK)
                .format(at.atZone(zone));
    }
}
