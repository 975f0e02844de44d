package org.contactrouter.persistence;

/** Fits free text into a bounded column: a long subject is shortened rather than refused. */
public final class SqlText {

    private SqlText() {
    }

    public static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
