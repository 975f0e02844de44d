package org.contactrouter.contact;

/** A subject for a contact whose channel has none (a text, a letter): its first words, on one line. */
public final class FirstWords {

    private static final int MAX_LENGTH = 60;

    private FirstWords() {
    }

    /** The first words of the body, or {@code whenEmpty} when it has none. */
    public static String of(String body, String whenEmpty) {
        String oneLine = body == null ? "" : body.strip().replaceAll("\\s+", " ");
        if (oneLine.isEmpty()) {
            return whenEmpty;
        }
        return oneLine.length() <= MAX_LENGTH ? oneLine
                : oneLine.substring(0, MAX_LENGTH - 3).stripTrailing() + "...";
    }
}
