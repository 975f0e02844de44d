package org.contactrouter.channel.notify;

import java.util.Map;
import java.util.Optional;

/**
 * GOV.UK Notify's delivery statuses of an email, a text message or a letter (GET /v2/notifications/{id}), and what
 * each failure means for the citizen, in words the case page shows after "Not delivered: ".
 *
 * <p>A letter goes "created", "accepted" (sent to Notify's printing provider), then "received" (the provider has
 * printed it and is posting it) and no further: nobody tells Notify when it lands on the doormat, so "received" is
 * recorded as posted, never as delivered. A letter Royal Mail cannot deliver comes back to Notify, which lists it on
 * its website; that is not a status the API gives.
 */
final class NotifyStatus {

    static final String CREATED = "created";
    static final String DELIVERED = "delivered";
    /** A text to a number abroad: the networks there say nothing more, so Notify never reports it delivered. */
    static final String SENT_INTERNATIONALLY = "sent";
    static final String PERMANENT_FAILURE = "permanent-failure";
    static final String TEMPORARY_FAILURE = "temporary-failure";
    static final String TECHNICAL_FAILURE = "technical-failure";
    /** A letter printed and handed to the post: as far as Notify can follow it. */
    static final String RECEIVED = "received";
    static final String CANCELLED = "cancelled";
    static final String VALIDATION_FAILED = "validation-failed";
    static final String LETTER = "letter";

    private static final Map<String, String> EMAIL_FAILURES = Map.of(
            PERMANENT_FAILURE, "GOV.UK Notify reports a permanent failure: the citizen's email provider says the"
                    + " address does not exist or will never accept mail",
            TEMPORARY_FAILURE, "GOV.UK Notify reports a temporary failure: the citizen's inbox was full or their spam"
                    + " filter refused the email, and Notify has stopped trying",
            TECHNICAL_FAILURE, "GOV.UK Notify could not send it because of a technical problem between Notify and the"
                    + " email provider");
    private static final Map<String, String> TEXT_FAILURES = Map.of(
            PERMANENT_FAILURE, "GOV.UK Notify reports a permanent failure: the mobile network says the number does"
                    + " not exist or cannot take text messages",
            TEMPORARY_FAILURE, "GOV.UK Notify reports a temporary failure: the citizen's phone was off or not taking"
                    + " messages for 72 hours, and Notify has stopped trying",
            TECHNICAL_FAILURE, "GOV.UK Notify could not send it because of a technical problem between Notify and the"
                    + " mobile network");
    private static final Map<String, String> LETTER_FAILURES = Map.of(
            PERMANENT_FAILURE, "GOV.UK Notify reports a permanent failure: its printing provider cannot print the"
                    + " letter, so it was not posted",
            TECHNICAL_FAILURE, "GOV.UK Notify could not send it to its printing provider because of a technical"
                    + " problem, so it was not posted",
            VALIDATION_FAILED, "GOV.UK Notify refused to print it: the letter failed Notify's checks (such as text"
                    + " outside the printable area or an address it cannot post to), so it was not posted",
            CANCELLED, "the letter was cancelled in GOV.UK Notify before it was printed, so it was not posted");
    private static final Map<String, Map<String, String>> FAILURES_BY_TYPE = Map.of("sms", TEXT_FAILURES,
            LETTER, LETTER_FAILURES);

    private NotifyStatus() {
    }

    /**
     * Why the citizen did not get the message, when the status says they did not.
     *
     * @param type Notify's notification type: "email", "sms" or "letter"
     */
    static Optional<String> failureReason(String type, String status) {
        return Optional.ofNullable(FAILURES_BY_TYPE.getOrDefault(type, EMAIL_FAILURES).get(status));
    }

    /** Whether the status says that Notify's printer has posted the letter (not that it arrived). */
    static boolean posted(String type, String status) {
        return LETTER.equals(type) && RECEIVED.equals(status);
    }
}
