package org.contactrouter.channel.email;

import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * Cuts the quoted history off a reply so officers see what is new. Only for display: the full text is always kept.
 * Recognises Outlook header blocks ("From: ... Sent: ..."), "Original Message" separators, Gmail and Apple Mail
 * attribution lines ("On ... wrote:"), their Welsh forms, and a trailing block of "&gt;" quoted lines. Forwarded
 * content is never cut: it is usually the point of the message.
 */
public final class QuotedHistoryTrimmer {

    private static final Pattern ORIGINAL_MESSAGE =
            Pattern.compile("^-{2,}\\s*(Original Message|Neges Wreiddiol)\\s*-{2,}$", Pattern.CASE_INSENSITIVE);
    private static final Pattern HEADER_FROM = Pattern.compile("^\\*?(From|Oddi wrth):\\*?\\s.*", Pattern.CASE_INSENSITIVE);
    private static final Pattern HEADER_SENT = Pattern.compile("^\\*?(Sent|Date|Anfonwyd|Dyddiad):\\*?\\s.*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ATTRIBUTION_END = Pattern.compile(".*\\b(wrote|ysgrifennodd)\\b.*:$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ATTRIBUTION_START = Pattern.compile("^(On|Ar)\\s.*");
    private static final Pattern FORWARDED = Pattern.compile(
            ".*(Forwarded message|Begin forwarded message|Neges wedi'i hanfon ymlaen).*", Pattern.CASE_INSENSITIVE);
    private static final Pattern RULE = Pattern.compile("^_{10,}$");
    /** How far below "From:" Outlook puts "Sent:" (To and Cc lines come between in some versions). */
    private static final int OUTLOOK_HEADER_LINES = 4;

    private QuotedHistoryTrimmer() {
    }

    /** The new part of a message; the whole text when nothing is recognised or nothing would be left. */
    public static String trim(String text) {
        String[] lines = text.split("\\r?\\n", -1);
        int cut = lines.length;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (FORWARDED.matcher(line).matches()) {
                break;
            }
            if (startsHistory(lines, i)) {
                cut = i;
                break;
            }
        }
        cut = Math.min(cut, trailingQuoteStart(lines, cut));
        String kept = String.join("\n", Arrays.copyOfRange(lines, 0, cut)).strip();
        return kept.isEmpty() ? text.strip() : kept;
    }

    private static boolean startsHistory(String[] lines, int i) {
        String line = lines[i].strip();
        if (ORIGINAL_MESSAGE.matcher(line).matches()) {
            return true;
        }
        if (RULE.matcher(line).matches()) {
            return i + 1 < lines.length && HEADER_FROM.matcher(lines[i + 1].strip()).matches();
        }
        if (HEADER_FROM.matcher(line).matches()) {
            for (int j = i + 1; j < Math.min(lines.length, i + 1 + OUTLOOK_HEADER_LINES); j++) {
                if (HEADER_SENT.matcher(lines[j].strip()).matches()) {
                    return true;
                }
            }
            return false;
        }
        if (ATTRIBUTION_START.matcher(line).matches()) {
            // Gmail wraps long attribution lines, so "wrote:" may end the next line.
            return ATTRIBUTION_END.matcher(line).matches()
                    || i + 1 < lines.length && ATTRIBUTION_END.matcher(lines[i + 1].strip()).matches();
        }
        return false;
    }

    /** Start of the block of "&gt;" lines (and blank lines) that runs to the end; inline replies are left alone. */
    private static int trailingQuoteStart(String[] lines, int end) {
        int start = end;
        for (int i = end - 1; i >= 0; i--) {
            String line = lines[i].strip();
            if (line.startsWith(">")) {
                start = i;
            } else if (!line.isEmpty()) {
                break;
            }
        }
        return start;
    }
}
