package org.contactrouter.channel.sms;

import java.time.Clock;
import java.util.Map;

import org.contactrouter.channel.notify.NotifyNotifications;
import org.contactrouter.channel.notify.NotifyProperties;
import org.contactrouter.channel.notify.NotifySender;
import org.contactrouter.contact.Channel;
import org.contactrouter.contact.Identity;
import org.contactrouter.reply.OutboundReply;
import uk.gov.service.notify.NotificationClientApi;

/**
 * Sends acknowledgements and officer replies by text message through GOV.UK Notify, with the council's text
 * templates in the case's language (English when there is no Welsh one), from the council's inbound number when
 * {@code ccr.channels.notify.sms-sender-id} names it, so that the citizen can text back. Notify's
 * {@code reference} is the reply's id; its delivery status is read back like an email's (NotifyDeliveryStatus).
 *
 * <p>The template's placeholders: {@code ((body))} (the officer's text, or the response standard in an
 * acknowledgement), {@code ((reference))} and {@code ((council_name))}. The officer is shown the length of the body
 * alone, so a reply template that adds words makes every text longer than the officer sees: keep it to
 * {@code ((body))}.
 */
public class NotifySmsSender extends NotifySender {

    public NotifySmsSender(NotificationClientApi notify, NotifyProperties settings, NotifyNotifications notifications,
                           String councilName, Clock clock) {
        super(notify, settings, notifications, councilName, clock);
    }

    @Override
    public Channel channel() {
        return Channel.SMS;
    }

    @Override
    public String send(OutboundReply reply) throws Exception {
        String number = reply.answering().sender().identities().stream()
                .filter(Identity::isPhone).map(Identity::value).findFirst()
                .orElseThrow(() -> new PermanentDeliveryFailure("the text came from a number that cannot be"
                        + " texted back"));
        SmsLength length = SmsLength.of(reply.body());
        if (length.tooLong()) {
            throw new PermanentDeliveryFailure("the text is " + length.characters() + " characters; GOV.UK Notify"
                    + " sends at most " + SmsLength.MAX_CHARACTERS);
        }
        NotifyProperties.Templates templates = settings.smsTemplates();
        Map<String, String> personalisation = Map.of(
                "body", reply.body(),
                "reference", reply.caseReference(),
                "council_name", councilName);
        return sendRecorded(reply.replyId(), () -> notify.sendSms(
                        templates.templateFor(reply.kind(), reply.language()), number, personalisation,
                        Long.toString(reply.replyId()), settings.smsSenderId()).getNotificationId());
    }
}
