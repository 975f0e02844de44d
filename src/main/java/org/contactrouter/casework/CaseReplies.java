package org.contactrouter.casework;

import org.contactrouter.caseload.CaseReference;
import org.contactrouter.channel.phone.CallbackOutcome;
import org.contactrouter.contact.Channel;
import org.contactrouter.reply.ReplyKind;
import org.contactrouter.reply.ReplyService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An officer answering a case: a reply on its channel or a recorded call back, only by its holder or a
 * supervisor. The holder check locks the case until the reply commits, so a case that changes hands meanwhile is
 * never answered by the officer who just lost it, and a refused reply leaves nothing behind.
 * Acknowledgements are the system's own and go straight to {@link ReplyService}.
 */
@Service
public class CaseReplies {

    private final CaseActions actions;
    private final ReplyService replies;

    public CaseReplies(CaseActions actions, ReplyService replies) {
        this.actions = actions;
        this.replies = replies;
    }

    @Transactional
    public long reply(CaseActions.Actor actor, String reference, String body) {
        actions.requireHolder(actor, reference);
        return replies.queue(parse(reference), ReplyKind.REPLY, actor.username(), body);
    }

    /** Whether the reply goes out as a text message, whose length the officer is told. */
    public boolean goesByText(long replyId) {
        return replies.channelOf(replyId).filter(channel -> channel == Channel.SMS).isPresent();
    }

    @Transactional
    public long recordCallback(CaseActions.Actor actor, String reference, CallbackOutcome outcome, String notes) {
        actions.requireHolder(actor, reference);
        return replies.recordCallback(parse(reference), actor.username(), outcome.description(),
                outcome.countsAsResponse(), notes);
    }

    private static CaseReference parse(String reference) {
        return CaseReference.parse(reference).orElseThrow(() -> new ReplyService.ReplyRefused("no case " + reference));
    }
}
