package org.contactrouter.channel.notify;

import java.util.Map;
import java.util.Optional;

/**
 * GOV.UK Notify's delivery statuses of an email (GET /v2/notifications/{id}), and what each failure means for the
 * citizen, in words the case page shows after "Not delivered: ".
 */
final class NotifyStatus {

    static final String CREATED = "created";
    static final String DELIVERED = "delivered";
    static final String PERMANENT_FAILURE = "permanent-failure";
    static final String TEMPORARY_FAILURE = "temporary-failure";
    static final String TECHNICAL_FAILURE = "technical-failure";

    private static final Map<String, String> FAILURES = Map.of(
            PERMANENT_FAILURE, "GOV.UK Notify reports a permanent failure: the citizen's email provider says the"
                    + " address does not exist or will never accept mail",
            TEMPORARY_FAILURE, "GOV.UK Notify reports a temporary failure: the citizen's inbox was full or their spam"
                    + " filter refused the email, and Notify has stopped trying",
            TECHNICAL_FAILURE, "GOV.UK Notify could not send it because of a technical problem between Notify and the"
                    + " email provider");

    private NotifyStatus() {
    }

    /** Why the citizen did not get the email, when the status says they did not. */
    static Optional<String> failureReason(String status) {
        return Optional.ofNullable(FAILURES.get(status));
    }
}
