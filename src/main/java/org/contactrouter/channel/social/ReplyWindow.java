package org.contactrouter.channel.social;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * How long an officer still has to answer on a network that takes replies only for a while after the citizen's last
 * message (see {@link SocialNetwork#replyWindow()}).
 *
 * @param length   how long the network keeps the window open after each message from the citizen
 * @param closesAt when it closes for the message being answered
 * @param left     time left at the moment it was worked out; zero or negative once closed
 */
public record ReplyWindow(Duration length, Instant closesAt, Duration left) {

    public ReplyWindow {
        Objects.requireNonNull(length, "length");
        Objects.requireNonNull(closesAt, "closesAt");
        Objects.requireNonNull(left, "left");
    }

    /** The window for a message received at {@code lastMessageAt}, as it stands at {@code now}. */
    public static ReplyWindow of(Duration length, Instant lastMessageAt, Instant now) {
        Instant closesAt = lastMessageAt.plus(length);
        return new ReplyWindow(length, closesAt, Duration.between(now, closesAt));
    }

    public boolean isOpen() {
        return !left.isNegative() && !left.isZero();
    }

    /** The length in words, as networks state it: "24 hours". */
    public String lengthInWords() {
        return inWords(length);
    }

    /** The time left in words ("3 hours 5 minutes", "under a minute"); meaningful while {@link #isOpen()}. */
    public String timeLeftInWords() {
        return left.toMinutes() < 1 ? "under a minute" : inWords(left);
    }

    private static String inWords(Duration duration) {
        long hours = duration.toHours();
        int minutes = duration.toMinutesPart();
        String h = hours == 0 ? "" : hours + (hours == 1 ? " hour" : " hours");
        String m = minutes == 0 ? "" : minutes + (minutes == 1 ? " minute" : " minutes");
        return (h + " " + m).trim();
    }
}
