package org.contactrouter.casework;

import org.contactrouter.channel.post.PostalAddress;
import org.contactrouter.channel.sms.SmsLength;

import java.util.OptionalInt;

import org.contactrouter.caseload.CaseQueries;
import org.contactrouter.channel.social.ReplyWindow;
import org.contactrouter.channel.social.SocialReplyCheck;

/**
 * What the reply box shows about the channel a case is answered on: its length limit, how the reply goes and, on a
 * network that takes replies only for a while after the citizen's last message, how long is left (null otherwise).
 */
public record ReplyLimits(String channel, Integer maxLength, String hint, ReplyWindow window) {

    ReplyLimits(String channel, Integer maxLength, String hint) {
        this(channel, maxLength, hint, null);
    }

    /** @param social the social channel, which knows each enabled network's own limit */
    static ReplyLimits forCase(CaseQueries.CaseDetails details, SocialReplyCheck social) {
        if (details.contacts().isEmpty()) {
            return new ReplyLimits("NONE", null, "There is no contact to answer.");
        }
        CaseQueries.ContactView latest = details.contacts().get(details.contacts().size() - 1);
        boolean hasEmail = latest.senderIdentities().stream().anyMatch(i -> i.isEmail());
        return switch (latest.channel()) {
            case "EMAIL" -> new ReplyLimits("EMAIL", null, "Your reply is sent by email, threaded to the citizen's message.");
            case "SOCIAL" -> {
                OptionalInt limit = social.maxReplyLength(latest.source(), latest.senderIdentities());
                Integer max = limit.isPresent() ? limit.getAsInt() : null;
                yield new ReplyLimits("SOCIAL", max, "Your reply is posted as a reply on " + latest.source()
                        + (max == null ? "." : ", " + max + " characters at most."),
                        social.replyWindow(latest.source(), latest.receivedAt()).orElse(null));
            }
            case "SMS" -> latest.senderIdentities().stream().filter(i -> i.isPhone()).findFirst()
                    .map(number -> new ReplyLimits("SMS", SmsLength.MAX_CHARACTERS, "Your reply is sent by text"
                            + " message to " + number.value() + ". Up to 160 characters go as one text; longer"
                            + " replies go as several (153 characters each), and a reply with a character such as ŵ,"
                            + " curly quotes or an emoji goes 70 to a text. Check the length before sending."))
                    .orElseGet(() -> new ReplyLimits("NONE", null, "The text came from a number that cannot be"
                            + " texted back. Answer the citizen another way if the case says how."));
            case "POST" -> PostalAddress.of(latest.senderName(), latest.attributes())
                    .map(address -> new ReplyLimits("POST", null, "Your reply is sent as a letter through GOV.UK"
                            + " Notify to: " + address.oneLine() + ". Notify prints and posts it; it arrives in 2 to 3"
                            + " working days."))
                    .orElseGet(() -> new ReplyLimits("NONE", null, "The letter's address was not kept. Answer the"
                            + " citizen another way if the case says how."));
            case "WEB" -> hasEmail
                    ? new ReplyLimits("EMAIL", null, "The citizen gave an email address: your reply is sent by email.")
                    : new ReplyLimits("PHONE", null, "The citizen gave only a phone number: call them back and record the outcome.");
            default -> new ReplyLimits("PHONE", null, "Call the citizen back and record the outcome.");
        };
    }
}
