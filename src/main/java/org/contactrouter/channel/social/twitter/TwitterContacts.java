package org.contactrouter.channel.social.twitter;

import static org.contactrouter.channel.social.SocialAttributes.AUTHOR_HANDLE;
import static org.contactrouter.channel.social.SocialAttributes.AUTHOR_ID;
import static org.contactrouter.channel.social.SocialAttributes.KIND;
import static org.contactrouter.channel.social.SocialAttributes.KIND_DM;
import static org.contactrouter.channel.social.SocialAttributes.KIND_MENTION;
import static org.contactrouter.channel.social.SocialAttributes.POST_ID;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.contactrouter.caseload.CaseReference;
import org.contactrouter.contact.Channel;
import org.contactrouter.contact.Contact;
import org.contactrouter.contact.Identity;
import org.contactrouter.contact.Sender;

import twitter4j.v1.DirectMessage;
import twitter4j.v1.Status;
import twitter4j.v1.User;

/** Turns X statuses and direct messages into contacts. */
final class TwitterContacts {

    static final String NETWORK = "twitter";
    /** DM ids share X's id space with tweets but are a different kind of message; the prefix keeps them apart. */
    static final String DM_ID_PREFIX = "dm-";

    private TwitterContacts() {
    }

    static Contact mention(Status status) {
        User author = status.getUser();
        // twitter4j parses created_at ("... +0000 2026") keeping its UTC offset, then drops the offset.
        Instant postedAt = status.getCreatedAt().toInstant(ZoneOffset.UTC);
        String postId = Long.toString(status.getId());
        List<String> conversation = status.getInReplyToStatusId() > 0
                ? List.of(Long.toString(status.getInReplyToStatusId()))
                : List.of();
        return contact(postId, sender(author), postedAt, status.getText())
                .conversationIds(conversation)
                .attributes(Map.of(KIND, KIND_MENTION, POST_ID, postId,
                        AUTHOR_ID, Long.toString(author.getId()), AUTHOR_HANDLE, author.getScreenName()))
                .build();
    }

    /**
     * @param author the sender's profile, or null when X did not return it (suspended account): the contact then
     *               carries the numeric id as handle, so the message is still taken in and can be answered
     */
    static Contact directMessage(DirectMessage message, User author) {
        // twitter4j turns created_timestamp (epoch millis) into a LocalDateTime in the JVM's default zone.
        Instant sentAt = message.getCreatedAt().atZone(ZoneId.systemDefault()).toInstant();
        String id = Long.toString(message.getId());
        String handle = author == null ? "id:" + message.getSenderId() : author.getScreenName();
        Sender sender = author == null ? Sender.of(null, Identity.social(NETWORK, handle)) : sender(author);
        return contact(DM_ID_PREFIX + id, sender, sentAt, message.getText())
                .attributes(Map.of(KIND, KIND_DM, POST_ID, id,
                        AUTHOR_ID, Long.toString(message.getSenderId()), AUTHOR_HANDLE, handle))
                .build();
    }

    private static Contact.Builder contact(String id, Sender sender, Instant at, String text) {
        return Contact.builder(Channel.SOCIAL, NETWORK, id, at)
                .sender(sender)
                .body(text)
                .caseReferenceHint(CaseReference.findIn(text).map(CaseReference::toString).orElse(null));
    }

    private static Sender sender(User user) {
        return Sender.of(user.getName(), Identity.social(NETWORK, user.getScreenName()));
    }
}
