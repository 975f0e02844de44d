package org.contactrouter.intake;

import java.util.Objects;
import java.util.Optional;

import org.contactrouter.caseload.CaseSnapshot;

/**
 * Decides whether a contact continues an existing case or opens a new one.
 *
 * <p>A contact that quotes a case reference joins that case only when it comes from the case's own citizen: a
 * stranger quoting someone else's reference opens a new case linked to it, so that one citizen's messages never
 * leak into another's case. A contact that answers a message of a case (same channel, In-Reply-To and the like)
 * joins it; for a text message, which says nothing about what it answers, that is the citizen's latest case with a
 * text on it (see IntakeService). A closed case is never reopened by a contact; the new case is linked to it instead.
 */
public final class ThreadingPolicy {

    private ThreadingPolicy() {
    }

    /** What to do with the contact. */
    public sealed interface Decision {
    }

    /** Add the contact to this case. */
    public record JoinCase(CaseSnapshot existing) implements Decision {
    }

    /** Open a new case, linked to {@code linkedTo} when the contact pointed at a case it may not join. */
    public record OpenCase(Optional<CaseSnapshot> linkedTo, String reason) implements Decision {
    }

    /**
     * @param referenced   the case whose reference the contact quotes, if it exists
     * @param conversation the case holding a message this contact answers, if any
     * @param citizenId    the sender's citizen id, null for an anonymous sender
     */
    public static Decision decide(Optional<CaseSnapshot> referenced, Optional<CaseSnapshot> conversation, Long citizenId) {
        if (referenced.isPresent()) {
            CaseSnapshot quoted = referenced.get();
            boolean participant = citizenId != null && Objects.equals(quoted.citizenId(), citizenId);
            if (!participant) {
                return new OpenCase(referenced, "sender is not a participant of " + quoted.reference());
            }
            if (!quoted.status().isOpen()) {
                return new OpenCase(referenced, quoted.reference() + " is closed");
            }
            return new JoinCase(quoted);
        }
        if (conversation.isPresent()) {
            CaseSnapshot answered = conversation.get();
            return answered.status().isOpen()
                    ? new JoinCase(answered)
                    : new OpenCase(conversation, answered.reference() + " is closed");
        }
        return new OpenCase(Optional.empty(), "new conversation");
    }
}
