package org.contactrouter.channel.phone;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Decides which calls become contacts. By default missed calls, voicemails and callback requests do: the citizen
 * is still waiting for the council. Answered and resolved calls do not.
 *
 * <p>The queue list restricts all of this to the council's public lines: a PBX log also holds internal and
 * outbound calls, which are not citizen contacts. A call matches when its queue name, Asterisk dialplan context or
 * dialled number is in the list (ignoring case). An empty list accepts every queue.
 *
 * @param contactOutcomes the outcomes that create a contact
 * @param queues          queue names, dialplan contexts or dialled numbers of council lines; empty for all
 */
public record CallRecordPolicy(Set<CallOutcome> contactOutcomes, List<String> queues) {

    /** Outcomes that leave a citizen waiting for the council. */
    public static final Set<CallOutcome> DEFAULT_OUTCOMES =
            Set.copyOf(EnumSet.of(CallOutcome.MISSED, CallOutcome.VOICEMAIL, CallOutcome.CALLBACK_REQUESTED));

    public CallRecordPolicy {
        contactOutcomes = contactOutcomes == null || contactOutcomes.isEmpty()
                ? DEFAULT_OUTCOMES : Set.copyOf(contactOutcomes);
        queues = queues == null ? List.of() : queues.stream()
                .map(q -> q.strip().toLowerCase(Locale.ROOT))
                .filter(q -> !q.isEmpty())
                .toList();
    }

    /** The default outcomes on every queue. */
    public static CallRecordPolicy defaults() {
        return new CallRecordPolicy(DEFAULT_OUTCOMES, List.of());
    }

    /** Whether the call becomes a contact. */
    public boolean createsContact(CallRecord call) {
        return reasonToSkip(call).isEmpty();
    }

    /** Why the call does not become a contact, or empty when it does. */
    public Optional<String> reasonToSkip(CallRecord call) {
        if (!contactOutcomes.contains(call.outcome())) {
            return Optional.of("outcome " + call.outcome() + " does not create a contact");
        }
        if (!queues.isEmpty() && !isCouncilLine(call)) {
            return Optional.of("queue '" + call.queue() + "' is not one of the council queues");
        }
        return Optional.empty();
    }

    private boolean isCouncilLine(CallRecord call) {
        return Stream.of(call.queue(), call.context(), call.dialledNumber())
                .filter(Objects::nonNull)
                .map(key -> key.toLowerCase(Locale.ROOT))
                .anyMatch(queues::contains);
    }
}
