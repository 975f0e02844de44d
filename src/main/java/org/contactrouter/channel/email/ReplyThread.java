package org.contactrouter.channel.email;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.contactrouter.contact.Channel;
import org.contactrouter.reply.OutboundReply;

/** Where an outbound email goes and which conversation it continues. */
final class ReplyThread {

    private ReplyThread() {
    }

    /**
     * An email contact is answered in its own thread: In-Reply-To its Message-ID, References its chain plus every
     * message of the case by email. A web contact answered by email has no Message-ID of its own, so the answer
     * continues what the council already sent (the acknowledgement), if anything.
     */
    static ThreadContext of(OutboundReply reply) {
        ThreadContext answering = ThreadContext.replyingTo(reply.answering());
        List<String> caseThread = reply.threadMessageIds().stream().filter(id -> !MessageIds.isSynthetic(id)).toList();
        boolean email = reply.answering().channel() == Channel.EMAIL;
        String inReplyTo = email ? answering.inReplyTo() : caseThread.isEmpty() ? null : caseThread.get(caseThread.size() - 1);
        Set<String> references = new LinkedHashSet<>(email ? answering.references() : List.of());
        references.addAll(caseThread);
        if (inReplyTo != null) {
            // References ends with the message answered (RFC 5322 section 3.6.4).
            references.remove(inReplyTo);
            references.add(inReplyTo);
        }
        return new ThreadContext(answering.recipient(), answering.citizenName(), answering.subject(), inReplyTo,
                List.copyOf(references));
    }
}
