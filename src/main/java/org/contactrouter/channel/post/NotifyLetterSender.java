package org.contactrouter.channel.post;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import org.contactrouter.channel.notify.NotifyNotifications;
import org.contactrouter.channel.notify.NotifyProperties;
import org.contactrouter.channel.notify.NotifySender;
import org.contactrouter.contact.Channel;
import org.contactrouter.reply.OutboundReply;
import org.contactrouter.reply.ReplyKind;
import uk.gov.service.notify.NotificationClientApi;

/**
 * Answers a letter with a letter through GOV.UK Notify, which prints and posts it, to the address the citizen wrote
 * from, with the council's letter template in the case's language (English when there is no Welsh one). Notify's
 * {@code reference} is the reply's id; what became of the letter is read back like an email's
 * (NotifyDeliveryStatus).
 *
 * <p>The template's placeholders: {@code ((address_line_1))} to {@code ((address_line_7))} (Notify puts them in the
 * envelope window: the citizen's name, the address, the postcode last), {@code ((body))} (the officer's text),
 * {@code ((reference))} (the case reference) and {@code ((council_name))}. Every letter, whatever its kind, uses the
 * reply template: letters are never sent as automatic acknowledgements, since each costs postage.
 */
public class NotifyLetterSender extends NotifySender {

    public NotifyLetterSender(NotificationClientApi notify, NotifyProperties settings,
                              NotifyNotifications notifications, String councilName, Clock clock) {
        super(notify, settings, notifications, councilName, clock);
    }

    @Override
    public Channel channel() {
        return Channel.POST;
    }

    @Override
    public String send(OutboundReply reply) throws Exception {
        PostalAddress address = PostalAddress.of(reply.answering()).orElseThrow(() -> new PermanentDeliveryFailure(
                "the letter's postal address was not kept, so there is nowhere to post the answer"));
        Map<String, String> personalisation = new LinkedHashMap<>(address.notifyAddressLines());
        personalisation.put("body", reply.body());
        personalisation.put("reference", reply.caseReference());
        personalisation.put("council_name", councilName);
        String template = settings.letterTemplates().templateFor(ReplyKind.REPLY, reply.language());
        return sendRecorded(reply.replyId(), () -> notify.sendLetter(template, personalisation,
                Long.toString(reply.replyId())).getNotificationId());
    }
}
