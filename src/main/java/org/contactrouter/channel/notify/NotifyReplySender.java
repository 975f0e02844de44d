package org.contactrouter.channel.notify;

import java.time.Clock;
import java.util.Map;

import org.contactrouter.caseload.CaseReference;
import org.contactrouter.channel.email.EmailWording;
import org.contactrouter.channel.email.OutboundEmailComposer;
import org.contactrouter.channel.email.ThreadContext;
import org.contactrouter.contact.Channel;
import org.contactrouter.reply.OutboundReply;
import uk.gov.service.notify.NotificationClientApi;

/**
 * Sends acknowledgements and officer replies by email through GOV.UK Notify, with the council's templates in the
 * case's language (English when there is no Welsh one). Notify's {@code reference} is the reply's id, and the
 * notification id Notify returns is the reply's channel message id; its delivery status is read back later by
 * {@link NotifyDeliveryStatus}. Refusals no retry can mend are {@link PermanentDeliveryFailure}s (see
 * {@link NotifyRefusal}); everything else is thrown, and the reply is retried with back-off.
 *
 * <p>The template's placeholders: {@code ((subject))} ("[CR-2026-000123] Re: ..." as the SMTP sender writes it, so
 * the citizen's answer threads into the case), {@code ((reference))}, {@code ((citizen_name))}, {@code ((body))}
 * (the officer's text, or the response standard in an acknowledgement), {@code ((officer_name))} and
 * {@code ((council_name))}.
 */
public class NotifyReplySender extends NotifySender {

    public NotifyReplySender(NotificationClientApi notify, NotifyProperties settings, NotifyNotifications notifications,
                             String councilName, Clock clock) {
        super(notify, settings, notifications, councilName, clock);
    }

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    public String send(OutboundReply reply) throws Exception {
        ThreadContext thread = ThreadContext.replyingTo(reply.answering());
        CaseReference reference = CaseReference.parse(reply.caseReference()).orElseThrow();
        NotifyProperties.Templates templates = settings.emailTemplates();
        String language = templates.languageOf(reply.kind(), reply.language());
        // The template's language decides the wording, so that an English template never greets in Welsh.
        EmailWording wording = "cy".equals(language) ? EmailWording.WELSH : EmailWording.ENGLISH;
        Map<String, String> personalisation = Map.of(
                "subject", OutboundEmailComposer.subject(thread.subject(), reference, wording),
                "reference", reference.toString(),
                "citizen_name", thread.citizenName() == null || thread.citizenName().isBlank()
                        ? wording.unknownName()
                        : thread.citizenName().strip(),
                "body", reply.body(),
                "officer_name", reply.authorName(),
                "council_name", councilName);
        return sendRecorded(reply.replyId(), () -> notify.sendEmail(
                        templates.templateFor(reply.kind(), language), thread.recipient().getAddress(), personalisation,
                        Long.toString(reply.replyId()), settings.emailReplyToId()).getNotificationId());
    }
}
