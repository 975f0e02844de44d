package org.contactrouter.channel.email;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One line describing a calendar invitation (text/calendar), so an officer can see what it is without opening
 * the .ics file. Reads only the first event's summary, start and location.
 */
final class CalendarSummary {

    private CalendarSummary() {
    }

    static String of(String ics) {
        String method = null;
        String summary = null;
        String start = null;
        String location = null;
        boolean inEvent = false;
        for (String line : unfold(ics)) {
            String upper = line.toUpperCase(Locale.ROOT);
            if (upper.equals("BEGIN:VEVENT")) {
                inEvent = true;
            } else if (upper.equals("END:VEVENT")) {
                break;
            } else if (!inEvent && upper.startsWith("METHOD:")) {
                method = value(line);
            } else if (inEvent && name(upper).equals("SUMMARY")) {
                summary = value(line);
            } else if (inEvent && name(upper).equals("DTSTART")) {
                start = readableDate(value(line));
            } else if (inEvent && name(upper).equals("LOCATION")) {
                location = value(line);
            }
        }
        StringBuilder text = new StringBuilder("Calendar invitation");
        if (method != null) {
            text.append(" (").append(method.toLowerCase(Locale.ROOT)).append(')');
        }
        text.append(": ").append(summary == null || summary.isBlank() ? "(no title)" : summary);
        if (start != null) {
            text.append(", starts ").append(start);
        }
        if (location != null && !location.isBlank()) {
            text.append(", at ").append(location);
        }
        return text.toString();
    }

    /** iCalendar folds long lines by starting the continuation with a space or tab (RFC 5545 section 3.1). */
    private static List<String> unfold(String ics) {
        List<String> lines = new ArrayList<>();
        for (String raw : ics.split("\\r?\\n")) {
            if ((raw.startsWith(" ") || raw.startsWith("\t")) && !lines.isEmpty()) {
                lines.set(lines.size() - 1, lines.get(lines.size() - 1) + raw.substring(1));
            } else {
                lines.add(raw);
            }
        }
        return lines;
    }

    /** Property name without parameters: "DTSTART;TZID=Europe/London:..." gives "DTSTART". */
    private static String name(String upperLine) {
        int colon = upperLine.indexOf(':');
        String head = colon < 0 ? upperLine : upperLine.substring(0, colon);
        int semicolon = head.indexOf(';');
        return semicolon < 0 ? head : head.substring(0, semicolon);
    }

    private static String value(String line) {
        int colon = line.indexOf(':');
        String value = colon < 0 ? "" : line.substring(colon + 1);
        return value.replace("\\n", " ").replace("\\N", " ").replace("\\,", ",").replace("\\;", ";")
                .replace("\\\\", "\\").strip();
    }

    /** "20260310T100000Z" gives "2026-03-10 10:00 UTC"; anything unexpected is shown as it is. */
    private static String readableDate(String value) {
        if (!value.matches("\\d{8}(T\\d{6}Z?)?")) {
            return value;
        }
        String date = value.substring(0, 4) + "-" + value.substring(4, 6) + "-" + value.substring(6, 8);
        if (value.length() == 8) {
            return date;
        }
        String time = value.substring(9, 11) + ":" + value.substring(11, 13);
        return date + " " + time + (value.endsWith("Z") ? " UTC" : "");
    }
}
