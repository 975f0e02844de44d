package org.contactrouter.reply;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** A date as a letter to the citizen writes it, in their language: "Friday 3 April 2026", "dydd Gwener 3 Ebrill 2026". */
public final class CitizenDates {

    private static final DateTimeFormatter ENGLISH = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter WELSH = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy",
            Locale.forLanguageTag("cy"));

    private CitizenDates() {
    }

    public static String format(Instant at, ZoneId zone, String language) {
        return ("cy".equals(language) ? WELSH : ENGLISH).format(at.atZone(zone));
    }
}
