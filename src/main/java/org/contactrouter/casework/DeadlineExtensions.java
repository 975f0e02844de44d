package org.contactrouter.casework;

import java.time.Instant;
import java.util.Optional;

import org.contactrouter.caseload.CaseReference;
import org.contactrouter.reply.ReplyKind;
import org.contactrouter.reply.ReplyService;
import org.contactrouter.routing.CaseActionRefused;
import org.contactrouter.sla.SlaConfiguration;
import org.springframework.stereotype.Service;

/**
 * Extends a case's response deadline and tells the citizen on their channel. The extension is recorded first, in its
 * own transaction; the notice is queued after it, so a channel that cannot carry it (a phone case, a channel switched
 * off) leaves the extension in place and the officer is told that the citizen has not been told.
 */
@Service
public class DeadlineExtensions {

    /** The new deadline, and why the citizen was not told, if they were not. */
    public record Outcome(Instant dueAt, Optional<String> citizenNotTold) {
    }

    private final CaseActions actions;
    private final ReplyService replies;
    private final SlaConfiguration sla;

    DeadlineExtensions(CaseActions actions, ReplyService replies, SlaConfiguration sla) {
        this.actions = actions;
        this.replies = replies;
        this.sla = sla;
    }

    public Outcome extend(CaseActions.Actor actor, String reference, String by, String reason) {
        CaseReference parsed = CaseReference.parse(reference)
                .orElseThrow(() -> new CaseActionRefused("no case " + reference));
        CaseActions.Extended extended = actions.extendDeadline(actor, reference, by, reason);
        try {
            replies.queue(parsed, ReplyKind.NOTICE, actor.username(), ExtensionNotice.text(extended.language(),
                    reference, extended.dueAt(), sla.calendar().zone(), reason));
            return new Outcome(extended.dueAt(), Optional.empty());
        } catch (ReplyService.ReplyRefused e) {
            return new Outcome(extended.dueAt(), Optional.of(e.getMessage()));
        }
    }
}
