package org.contactrouter.channel.email;

import java.util.Map;

import java.io.UnsupportedEncodingException;

import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import org.contactrouter.caseload.CaseReference;
import org.contactrouter.contact.Channel;
import org.contactrouter.reply.OutboundReply;
import org.contactrouter.reply.ReplyKind;
import org.contactrouter.reply.ReplySender;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;

/**
 * Sends acknowledgements and officer replies over SMTP with Jakarta Mail directly, so the message goes out exactly
 * as {@link OutboundEmailComposer} built it: its Message-ID (returned and stored on the reply, so the citizen's
 * answer and any bounce find the case), In-Reply-To, References and Auto-Submitted headers.
 *
 * <p>A server that cannot be reached or answers 4xx throws, and the reply is retried with back-off; a 5xx refusal
 * of the message or its recipient is a {@link ReplySender.PermanentDeliveryFailure}.
 */
public class SmtpReplySender implements ReplySender {

    static final String DEFAULT_LANGUAGE = "en";

    private final Map<String, OutboundEmailComposer> composers;
    private final EmailChannelProperties settings;

    /** @param composers by case language; "en" must be there and is used for any language without its own */
    public SmtpReplySender(Map<String, OutboundEmailComposer> composers, EmailChannelProperties settings) {
        if (!composers.containsKey(DEFAULT_LANGUAGE)) {
            throw new IllegalArgumentException("an English composer is required");
        }
        this.composers = Map.copyOf(composers);
        this.settings = settings;
    }

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    public String send(OutboundReply reply) throws Exception {
        ThreadContext thread = ReplyThread.of(reply);
        InternetAddress from = sender(reply);
        CaseReference reference = CaseReference.parse(reply.caseReference()).orElseThrow();
        OutboundEmailComposer composer = composers.getOrDefault(reply.language(), composers.get(DEFAULT_LANGUAGE));
        OutboundEmail email = reply.kind() == ReplyKind.ACKNOWLEDGEMENT
                ? composer.acknowledgement(from, thread, reference, reply.body())
                : composer.officerReply(from, thread, reference, reply.authorName(), reply.body());
        EmailChannelProperties.Smtp smtp = settings.smtp();
        try {
            if (smtp.username() == null) {
                Transport.send(email.message());
            } else {
                Transport.send(email.message(), smtp.username(), smtp.password());
            }
        } catch (MessagingException e) {
            if (refusedForGood(e)) {
                throw new PermanentDeliveryFailure("the mail server refused it: " + e.getMessage());
            }
            throw e;
        }
        return email.messageId();
    }

    /** Sent from the mailbox the citizen wrote to; web contacts get the first configured mailbox. */
    private InternetAddress sender(OutboundReply reply) throws UnsupportedEncodingException {
        EmailChannelProperties.MailboxSettings mailbox = settings.mailboxOrDefault(reply.answering().source());
        return new InternetAddress(mailbox.address(), mailbox.displayName(), "UTF-8");
    }

    /**
     * A 5xx reply to the message or a recipient: the server will never take it. Authentication refusals (530, 535)
     * are the council's configuration, not the message: those are retried while someone mends the settings.
     */
    static boolean refusedForGood(MessagingException failure) {
        Exception current = failure;
        while (current != null) {
            int code = current instanceof SMTPSendFailedException send ? send.getReturnCode()
                    : current instanceof SMTPAddressFailedException address ? address.getReturnCode() : 0;
            if (code >= 500 && code != 530 && code != 535) {
                return true;
            }
            current = current instanceof MessagingException messaging ? messaging.getNextException() : null;
        }
        return false;
    }
}
