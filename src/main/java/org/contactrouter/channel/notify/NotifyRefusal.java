package org.contactrouter.channel.notify;

import java.util.ArrayList;
import java.util.List;

import org.contactrouter.reply.ReplySender;
import org.json.JSONArray;
import org.json.JSONException;
import org.json.JSONObject;
import uk.gov.service.notify.NotificationClientException;

/**
 * Reads a failed call to GOV.UK Notify. A 400 (a template id, personalisation or address Notify will not take) and
 * a 403 (the API key refused) fail the same way however often they are tried, so the reply is marked FAILED at once
 * with Notify's own explanation. Anything else, a 429 rate limit, a 5xx or no answer at all, is worth retrying.
 */
public final class NotifyRefusal {

    private static final int BAD_REQUEST = 400;
    private static final int FORBIDDEN = 403;

    private NotifyRefusal() {
    }

    /** The failure as the dispatcher should see it: permanent, or the original exception to be retried. */
    public static Exception classify(NotificationClientException failure) {
        return switch (failure.getHttpResult()) {
            case BAD_REQUEST -> new ReplySender.PermanentDeliveryFailure(
                    "GOV.UK Notify refused it (" + explanation(failure) + ")");
            case FORBIDDEN -> new ReplySender.PermanentDeliveryFailure(
                    "GOV.UK Notify refused the council's API key (" + explanation(failure) + "); an administrator"
                            + " must set CCR_NOTIFY_API_KEY to a live key of the council's Notify service");
            default -> failure;
        };
    }

    /**
     * Notify's errors, e.g. "ValidationError: email_address Not a valid email address", from the body
     * {@code {"errors":[{"error":"ValidationError","message":"..."}],"status_code":400}} that the client puts after
     * "Status code: 400 " in its message.
     */
    public static String explanation(NotificationClientException failure) {
        String message = failure.getMessage() == null ? "" : failure.getMessage();
        int body = message.indexOf('{');
        if (body >= 0) {
            try {
                JSONArray errors = new JSONObject(message.substring(body)).getJSONArray("errors");
                List<String> explained = new ArrayList<>();
                for (int i = 0; i < errors.length(); i++) {
                    JSONObject error = errors.getJSONObject(i);
                    explained.add(error.optString("error") + ": " + error.optString("message"));
                }
                if (!explained.isEmpty()) {
                    return String.join("; ", explained);
                }
            } catch (JSONException notNotifysBody) {
                // a proxy's page rather than Notify's answer: the message as it is
            }
        }
        return message.isBlank() ? "no reason given" : message;
    }
}
