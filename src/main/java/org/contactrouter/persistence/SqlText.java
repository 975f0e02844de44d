package org.contactrouter.persistence;

/**
 * Fits free text into a bounded column: a long subject is shortened rather than refused, and ends in a visible
 * marker so no reader takes the shortened text for all that was sent.
 */
public final class SqlText {

    /** Ends every shortened value. */
    public static final String SHORTENED = "…";

    private SqlText() {
    }

    /** The value as it is, or cut to {@code max} characters in all, the last being {@link #SHORTENED}. */
    public static String truncate(String value, int max) {
        if (value == null || value.length() <= max) {
            return value;
        }
        int end = max - SHORTENED.length();
        // Never split a surrogate pair: half an emoji is not valid text.
        if (end > 0 && Character.isHighSurrogate(value.charAt(end - 1))) {
            end--;
        }
        return value.substring(0, end) + SHORTENED;
    }
}
