package org.contactrouter.reply;

import java.util.List;

import org.contactrouter.contact.Channel;
import org.contactrouter.contact.Contact;

/**
 * Everything a channel needs to send one reply.
 *
 * @param replyId         the reply's row id
 * @param caseReference   the case it belongs to (goes into the subject or text)
 * @param kind            acknowledgement, reply or callback
 * @param channel         the channel it goes out on (see {@link ReplyChannelPolicy})
 * @param body            the text
 * @param author          the officer's username, or "system" for acknowledgements
 * @param authorName      the officer's display name
 * @param language        the case's language ("en" or "cy")
 * @param answering       the inbound contact being answered: its sender, message id and attributes tell the channel
 *                        where to send and how to thread
 * @param threadMessageIds every message id of the case on this channel, oldest first (contacts and sent replies)
 */
public record OutboundReply(long replyId, String caseReference, ReplyKind kind, Channel channel, String body,
                            String author, String authorName, String language, Contact answering,
                            List<String> threadMessageIds) {
}
