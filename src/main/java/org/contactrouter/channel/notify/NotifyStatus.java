package org.contactrouter.channel.notify;

import java.util.Map;
import java.util.Optional;

/**
 * GOV.UK Notify's delivery statuses of an email or a text message (GET /v2/notifications/{id}), and what each
 * failure means for the citizen, in words the case page shows after "Not delivered: ".
 */
final class NotifyStatus {

    static final String CREATED = "created";
    static final String DELIVERED = "delivered";
    /** A text to a number abroad: the networks there say nothing more, so Notify never reports it delivered. */
    static final String SENT_INTERNATIONALLY = "sent";
    static final String PERMANENT_FAILURE = "permanent-failure";
    static final String TEMPORARY_FAILURE = "temporary-failure";
    static final String TECHNICAL_FAILURE = "technical-failure";

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

    private NotifyStatus() {
    }

    /**
     * Why the citizen did not get the message, when the status says they did not.
     *
     * @param type Notify's notification type: "email" or "sms"
     */
    static Optional<String> failureReason(String type, String status) {
        return Optional.ofNullable(("sms".equals(type) ? TEXT_FAILURES : EMAIL_FAILURES).get(status));
    }
}
