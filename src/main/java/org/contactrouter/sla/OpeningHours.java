package org.contactrouter.sla;

import java.time.LocalTime;
import java.util.Objects;

/**
 * One day's working hours, local time, opening inclusive and closing exclusive. One span a day: lunch breaks are not
 * modelled because contact centres stay staffed over lunch.
 */
public record OpeningHours(LocalTime opens, LocalTime closes) {

    public OpeningHours {
        Objects.requireNonNull(opens, "opens");
        Objects.requireNonNull(closes, "closes");
        if (!opens.isBefore(closes)) {
            throw new IllegalArgumentException("opening " + opens + " must be before closing " + closes);
        }
    }

    /** Reads {@code 09:00-17:00}. */
    public static OpeningHours parse(String text) {
        String[] parts = text.trim().split("\\s*-\\s*");
        if (parts.length != 2) {
            throw new IllegalArgumentException("expected opening-closing such as 09:00-17:00, got '" + text + "'");
        }
        return new OpeningHours(LocalTime.parse(parts[0]), LocalTime.parse(parts[1]));
    }

    @Override
    public String toString() {
        return opens + "-" + closes;
    }
}
