package org.contactrouter.channel.sms;

import java.util.Optional;

import org.contactrouter.caseload.CaseLifecycle;
import org.contactrouter.caseload.CaseReference;
import org.contactrouter.contact.Channel;
import org.contactrouter.reply.AcknowledgementPromise;
import org.contactrouter.reply.ReplyChannelPolicy;
import org.contactrouter.reply.ReplyKind;
import org.contactrouter.reply.ReplyService;
import org.contactrouter.sla.SlaConfiguration;
import org.springframework.context.event.EventListener;

/**
 * Acknowledges by text every new case opened by a text message from a number that can be texted back, with the
 * case reference (the template's {@code ((reference))}) and what the council promises. It is queued in the intake
 * transaction, so it exists exactly when the case does. A text that joins an open case opens none, so a citizen
 * texting again is not acknowledged again.
 */
public class SmsAcknowledgements {

    static final String AUTHOR = "system";

    private final ReplyService replies;
    private final SmsChannelProperties settings;
    private final SlaConfiguration sla;

    public SmsAcknowledgements(ReplyService replies, SmsChannelProperties settings, SlaConfiguration sla) {
        this.replies = replies;
        this.settings = settings;
        this.sla = sla;
    }

    @EventListener
    public void caseOpened(CaseLifecycle.CaseOpened opened) {
        if (opened.channel() != Channel.SMS
                || !ReplyChannelPolicy.channelFor(opened.contact()).equals(Optional.of(Channel.SMS))) {
            return;
        }
        replies.queue(CaseReference.parse(opened.reference()).orElseThrow(), ReplyKind.ACKNOWLEDGEMENT, AUTHOR,
                AcknowledgementPromise.of(opened, settings.acknowledgementIn(opened.language()), sla));
    }
}
