package org.contactrouter.casework;

import java.util.List;
import java.util.Locale;

import org.contactrouter.caseload.CaseQueries;
import org.contactrouter.contact.Identity;
import org.contactrouter.reply.ReplyKind;
import org.contactrouter.reply.ReplyStatus;

/**
 * What the officer reads about one of our replies: a tag (Sending, Sent, Failed, Recorded), what happened and, for a
 * failed reply, what to do instead. A reply is never shown as on its way once its channel has given up on it.
 */
public record DeliveryState(CaseQueries.ReplyView reply, String tag, String tagColour, String explanation,
                            String whatToDo) {

    public boolean failed() {
        return "Failed".equals(tag);
    }

    /** Whether closing the case needs the officer to confirm the citizen is unanswered (the close form asks). */
    static boolean closingNeedsConfirmation(CaseQueries.CaseDetails details) {
        return UnansweredRule.onlyFailedReplies(details.replies().stream()
                .map(r -> new UnansweredRule.Answer(ReplyKind.valueOf(r.kind()), ReplyStatus.valueOf(r.status())))
                .toList());
    }

    static List<DeliveryState> of(CaseQueries.CaseDetails details) {
        List<Identity> identities = details.citizen() == null ? List.of() : details.citizen().identities();
        return details.replies().stream().map(reply -> of(reply, identities)).toList();
    }

    static DeliveryState of(CaseQueries.ReplyView reply, List<Identity> citizen) {
        if ("CALLBACK".equals(reply.kind())) {
            return new DeliveryState(reply, "Recorded", "govuk-tag--grey", "Call back recorded.", null);
        }
        return switch (reply.status()) {
            case "SENT" -> new DeliveryState(reply, "Sent", "govuk-tag--green",
                    "Sent by " + channel(reply) + ".", null);
            case "FAILED" -> new DeliveryState(reply, "Failed", "govuk-tag--red",
                    "Not delivered: " + reason(reply) + ".", instead(citizen));
            default -> new DeliveryState(reply, "Sending", "govuk-tag--blue", reply.attempts() == 0
                    ? "Waiting to go by " + channel(reply) + "."
                    : "Attempt " + reply.attempts() + " failed (" + reason(reply) + "); we keep trying and show"
                            + " Failed here if it cannot go.", null);
        };
    }

    private static String instead(List<Identity> citizen) {
        return citizen.stream().filter(Identity::isPhone).findFirst()
                .map(phone -> "The citizen has not had this reply. Call them back on " + phone.value()
                        + " and record the call.")
                .orElse("The citizen has not had this reply and left no phone number. Note what you tried; keep"
                        + " the case open until they contact us again, or close it confirming it is unanswered.");
    }

    private static String channel(CaseQueries.ReplyView reply) {
        return reply.channel().toLowerCase(Locale.ROOT);
    }

    private static String reason(CaseQueries.ReplyView reply) {
        return reply.lastError() == null ? "no reason was given" : reply.lastError();
    }
}
