package org.contactrouter.channel.phone;

import org.contactrouter.contact.Channel;
import org.contactrouter.contact.Contact;
import org.contactrouter.contact.Identity;
import org.contactrouter.contact.Sender;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Turns a call into the contact intake queues: the same shape whichever log or API the call came from. */
final class CallContacts {

    private CallContacts() {
    }

    /** The contact for a call whose caller is known or withheld (not {@link CallerNumber.Invalid}). */
    static Contact toContact(CallRecord call, String source) {
        if (call.caller() instanceof CallerNumber.Invalid) {
            throw new IllegalArgumentException("a contact needs a usable or withheld caller number");
        }
        return Contact.builder(Channel.PHONE, source, call.callId(), call.startedAt())
                .sender(sender(call))
                .subject(subject(call.outcome(), call.queue()))
                .body(call.notes())
                .serviceAreaHint(call.queue())
                .attributes(attributes(call))
                .build();
    }

    /**
     * A short subject for officer lists, e.g. "Missed call to Housing queue" or "Voicemail" when the queue is not
     * known.
     */
    private static String subject(CallOutcome outcome, String queue) {
        String what = switch (outcome) {
            case MISSED -> "Missed call";
            case VOICEMAIL -> "Voicemail";
            case CALLBACK_REQUESTED -> "Callback requested";
            case ANSWERED -> "Answered call";
            case RESOLVED -> "Resolved call";
        };
        if (queue == null) {
            return what;
        }
        String preposition = outcome == CallOutcome.MISSED ? " to " : " on ";
        return what + preposition + queue.substring(0, 1).toUpperCase(Locale.ROOT) + queue.substring(1) + " queue";
    }

    private static Sender sender(CallRecord call) {
        List<Identity> identities = call.caller() instanceof CallerNumber.Known known
                ? List.of(Identity.phone(known.e164()))
                : List.of();
        return new Sender(call.callerName(), identities);
    }

    private static Map<String, String> attributes(CallRecord call) {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put(CallAttributes.OUTCOME, call.outcome().name());
        putIfPresent(attributes, CallAttributes.QUEUE, call.queue());
        putIfPresent(attributes, CallAttributes.DURATION_SECONDS, call.durationSeconds() == null ? null : call.durationSeconds().toString());
        putIfPresent(attributes, CallAttributes.VOICEMAIL_REFERENCE, call.voicemailReference());
        putIfPresent(attributes, CallAttributes.NOTES, call.notes());
        if (call.caller() instanceof CallerNumber.Withheld) {
            attributes.put(CallAttributes.CALLER_WITHHELD, "true");
        }
        return attributes;
    }

    private static void putIfPresent(Map<String, String> attributes, String key, String value) {
        if (value != null) {
            attributes.put(key, value);
        }
    }
}
