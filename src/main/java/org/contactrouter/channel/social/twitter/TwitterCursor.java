package org.contactrouter.channel.social.twitter;

/**
 * Where the X poll got to: the newest mention and the newest direct message already handed over. Ids are X
 * snowflakes, which grow with time, so "newer" is "greater". Zero means nothing seen yet.
 */
record TwitterCursor(long mentionsSinceId, long messagesSinceId) {

    static final TwitterCursor START = new TwitterCursor(0, 0);

    /** Reads a cursor written by {@link #toString()}; null means the very first poll. */
    static TwitterCursor parse(String text) {
        if (text == null || text.isBlank()) {
            return START;
        }
        String[] parts = text.split(";");
        try {
            return new TwitterCursor(value(parts[0], "mentions"), value(parts[1], "dm"));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not an X cursor: " + text, e);
        }
    }

    private static long value(String part, String name) {
        String[] pair = part.split("=", 2);
        if (!pair[0].equals(name)) {
            throw new IllegalArgumentException("expected " + name + " in " + part);
        }
        return Long.parseLong(pair[1]);
    }

    TwitterCursor withMentionsSinceId(long id) {
        return new TwitterCursor(Math.max(id, mentionsSinceId), messagesSinceId);
    }

    TwitterCursor withMessagesSinceId(long id) {
        return new TwitterCursor(mentionsSinceId, Math.max(id, messagesSinceId));
    }

    @Override
    public String toString() {
        return "mentions=" + mentionsSinceId + ";dm=" + messagesSinceId;
    }
}
