package org.contactrouter.channel.social.twitter;

import static org.contactrouter.channel.social.SocialAttributes.AUTHOR_ID;
import static org.contactrouter.channel.social.SocialAttributes.POST_ID;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;

import org.contactrouter.channel.social.ChannelHealth;
import org.contactrouter.channel.social.PollResult;
import org.contactrouter.channel.social.RateLimits;
import org.contactrouter.channel.social.ReplyRequest;
import org.contactrouter.channel.social.ReplyResult;
import org.contactrouter.channel.social.SocialNetwork;
import org.contactrouter.channel.social.SocialNetworkException;
import org.contactrouter.contact.Contact;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import twitter4j.Twitter;
import twitter4j.TwitterException;
import twitter4j.TwitterResponse;
import twitter4j.v1.DirectMessage;
import twitter4j.v1.DirectMessageList;
import twitter4j.v1.Paging;
import twitter4j.v1.RateLimitStatus;
import twitter4j.v1.ResponseList;
import twitter4j.v1.Status;
import twitter4j.v1.StatusUpdate;
import twitter4j.v1.TwitterV1;
import twitter4j.v1.User;

/**
 * X (Twitter) through twitter4j and the v1.1 API: mentions timeline, direct message events, replies and DMs.
 */
public class TwitterNetwork implements SocialNetwork {

    public static final int MAX_REPLY_LENGTH = 280;
    /** X serves at most 50 direct message events per request. */
    private static final int MAX_MESSAGES_PER_PAGE = 50;
    private static final Logger log = LoggerFactory.getLogger(TwitterNetwork.class);

    private final TwitterV1 api;
    private final TwitterSettings settings;
    private final RateLimits rateLimits;

    public TwitterNetwork(TwitterSettings settings, Clock clock) {
        this(client(settings), settings, clock);
    }

    TwitterNetwork(TwitterV1 api, TwitterSettings settings, Clock clock) {
        this.api = api;
        this.settings = settings;
        this.rateLimits = new RateLimits(settings.rateLimitLowWatermark(), clock);
    }

    /** twitter4j 4.1 has no URL setters: base URLs only go in through {@code load(Properties)}. */
    static TwitterV1 client(TwitterSettings settings) {
        Properties urls = new Properties();
        urls.setProperty("restBaseURL", settings.restBaseUrl());
        return Twitter.newBuilder()
                .oAuthConsumer(settings.consumerKey(), settings.consumerSecret())
                .oAuthAccessToken(settings.accessToken(), settings.accessTokenSecret())
                .httpConnectionTimeout(10_000)
                .httpReadTimeout(30_000)
                .load(urls)
                .build()
                .v1();
    }

    @Override
    public String name() {
        return TwitterContacts.NETWORK;
    }

    @Override
    public int maxReplyLength() {
        return MAX_REPLY_LENGTH;
    }

    @Override
    public PollResult poll(String cursorText) throws SocialNetworkException {
        TwitterCursor cursor = TwitterCursor.parse(cursorText);
        Poll poll = new Poll();
        try {
            for (Status status : poll.newMentions(cursor.mentionsSinceId())) {
                poll.contacts.add(TwitterContacts.mention(status));
                cursor = cursor.withMentionsSinceId(status.getId());
            }
            if (settings.directMessages()) {
                cursor = poll.addNewMessages(cursor);
            }
        } catch (TwitterException e) {
            throw TwitterErrors.translate(e, rateLimits);
        }
        return new PollResult(poll.contacts, cursor.toString(), poll.health);
    }

    @Override
    public ReplyResult reply(ReplyRequest request) throws SocialNetworkException {
        requireValidReply(request.text());
        try {
            if (request.isDirectMessage()) {
                long recipient = Long.parseLong(request.required(AUTHOR_ID));
                DirectMessage sent = api.directMessages().sendDirectMessage(recipient, request.text());
                return new ReplyResult(TwitterContacts.DM_ID_PREFIX + sent.getId());
            }
            // X ignores in_reply_to_status_id unless the author is mentioned; auto-populate adds the mention
            // without counting it against the 280 characters.
            StatusUpdate update = StatusUpdate.of(request.text())
                    .inReplyToStatusId(Long.parseLong(request.required(POST_ID)))
                    .autoPopulateReplyMetadata(true);
            return new ReplyResult(Long.toString(api.tweets().updateStatus(update).getId()));
        } catch (TwitterException e) {
            throw TwitterErrors.translate(e, rateLimits);
        }
    }

    /** State of one poll: the contacts found so far and the strictest rate-limit state seen. */
    private final class Poll {
        private final List<Contact> contacts = new ArrayList<>();
        private ChannelHealth health = ChannelHealth.up();

        /** All mentions newer than sinceId, oldest first; X pages newest first, so page down with max_id. */
        List<Status> newMentions(long sinceId) throws TwitterException {
            List<Status> found = new ArrayList<>();
            long maxId = 0;
            for (int page = 0; page < settings.maxPages(); page++) {
                Paging paging = Paging.ofCount(settings.pageSize());
                paging = sinceId > 0 ? paging.sinceId(sinceId) : paging;
                paging = maxId > 0 ? paging.maxId(maxId) : paging;
                ResponseList<Status> batch = track(api.timelines().getMentionsTimeline(paging));
                if (batch.isEmpty()) {
                    return oldestFirst(found, Status::getId);
                }
                found.addAll(batch);
                maxId = batch.stream().mapToLong(Status::getId).min().orElseThrow() - 1;
            }
            log.warn("X mentions: more than {} pages newer than {}; older ones in the gap are skipped",
                    settings.maxPages(), sinceId);
            return oldestFirst(found, Status::getId);
        }

        /** Adds direct messages newer than the cursor, except those the council account sent. */
        TwitterCursor addNewMessages(TwitterCursor cursor) throws TwitterException {
            List<DirectMessage> messages = newMessages(cursor.messagesSinceId());
            if (messages.isEmpty()) {
                return cursor;
            }
            Map<Long, User> senders = senders(messages);
            for (DirectMessage message : messages) {
                User sender = senders.get(message.getSenderId());
                if (sender == null || !sender.getScreenName().equalsIgnoreCase(settings.accountHandle())) {
                    contacts.add(TwitterContacts.directMessage(message, sender));
                }
                cursor = cursor.withMessagesSinceId(message.getId());
            }
            return cursor;
        }

        /** DM events come newest first with a cursor to older pages; stop at the first one already seen. */
        private List<DirectMessage> newMessages(long sinceId) throws TwitterException {
            List<DirectMessage> found = new ArrayList<>();
            int count = Math.min(settings.pageSize(), MAX_MESSAGES_PER_PAGE);
            String pageCursor = null;
            for (int page = 0; page < settings.maxPages(); page++) {
                DirectMessageList batch = track(pageCursor == null
                        ? api.directMessages().getDirectMessages(count)
                        : api.directMessages().getDirectMessages(count, pageCursor));
                batch.stream().filter(m -> m.getId() > sinceId).forEach(found::add);
                pageCursor = batch.getNextCursor();
                boolean reachedSeen = batch.stream().anyMatch(m -> m.getId() <= sinceId);
                if (reachedSeen || pageCursor == null || pageCursor.isEmpty() || batch.isEmpty()) {
                    break;
                }
            }
            return oldestFirst(found, DirectMessage::getId);
        }

        private Map<Long, User> senders(List<DirectMessage> messages) throws TwitterException {
            long[] ids = messages.stream().mapToLong(DirectMessage::getSenderId).distinct().toArray();
            return track(api.users().lookupUsers(ids)).stream()
                    .collect(Collectors.toMap(User::getId, Function.identity(), (a, b) -> a));
        }

        private <T extends TwitterResponse> T track(T response) {
            RateLimitStatus limit = response.getRateLimitStatus();
            if (limit != null) {
                health = RateLimits.stricter(health, rateLimits.afterSuccess(limit.getRemaining(),
                        Instant.ofEpochSecond(limit.getResetTimeInSeconds())));
            }
            return response;
        }
    }

    private static <T> List<T> oldestFirst(List<T> items, ToLongFunction<T> id) {
        List<T> sorted = new ArrayList<>(items);
        sorted.sort(Comparator.comparingLong(id));
        return sorted;
    }
}
