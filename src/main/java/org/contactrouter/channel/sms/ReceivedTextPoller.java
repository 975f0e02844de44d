package org.contactrouter.channel.sms;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.contactrouter.channel.notify.NotifyRefusal;
import org.contactrouter.channel.social.ChannelHealth;
import org.contactrouter.channel.social.CheckpointStore;
import org.contactrouter.channel.social.ContactSink;
import org.contactrouter.channel.social.PollOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.gov.service.notify.NotificationClientApi;
import uk.gov.service.notify.NotificationClientException;
import uk.gov.service.notify.ReceivedTextMessage;
import uk.gov.service.notify.ReceivedTextMessageList;

/**
 * Reads the text messages GOV.UK Notify received for the council (called by routes/sms.yaml). Notify lists them
 * newest first, a page at a time, and keeps them for 7 days; the checkpoint is the id of the newest text already
 * handed on. Each poll reads pages back until it meets that id (or Notify has nothing older), hands the new texts to
 * the sink oldest first, and only then saves the newest id: a crash or a broker failure in between reads the same
 * texts again, and intake stores each once (its id is the contact's channel message id). On the very first poll
 * every text Notify still holds is read. Failures become the channel's health, shown on /actuator/health and the
 * supervisor dashboard, and never look like a quiet day.
 */
public class ReceivedTextPoller {

    static final String CHECKPOINT_KEY = "sms.notify";
    private static final Logger log = LoggerFactory.getLogger(ReceivedTextPoller.class);
    private static final int UNAUTHORISED = 401;
    private static final int FORBIDDEN = 403;
    private static final int TOO_MANY_REQUESTS = 429;
    /** Notify's limits reset within a minute. */
    private static final Duration RATE_LIMIT_PAUSE = Duration.ofMinutes(1);

    private final NotificationClientApi notify;
    private final CheckpointStore checkpoints;
    private final ContactSink sink;
    private final Clock clock;
    private volatile ChannelHealth health = ChannelHealth.up();

    ReceivedTextPoller(NotificationClientApi notify, CheckpointStore checkpoints, ContactSink sink, Clock clock) {
        this.notify = notify;
        this.checkpoints = checkpoints;
        this.sink = sink;
        this.clock = clock;
    }

    /**
     * Runs one poll.
     *
     * @throws Exception whatever the sink threw; the checkpoint is then left where it was
     */
    public PollOutcome pollOnce() throws Exception {
        if (health.blocksCallsAt(clock.instant())) {
            return new PollOutcome(false, 0, health);
        }
        String lastRead = checkpoints.load(CHECKPOINT_KEY).orElse(null);
        List<ReceivedTextMessage> newest;
        try {
            newest = newerThan(lastRead);
        } catch (NotificationClientException e) {
            health = healthAfter(e);
            log.warn("Text messages not read from GOV.UK Notify: {}", health.message());
            return new PollOutcome(true, 0, health);
        }
        List<ReceivedTextMessage> oldestFirst = new ArrayList<>(newest);
        Collections.reverse(oldestFirst);
        for (ReceivedTextMessage text : oldestFirst) {
            sink.accept(ReceivedTextContacts.contactFrom(text));
        }
        if (!newest.isEmpty()) {
            checkpoints.save(CHECKPOINT_KEY, newest.get(0).getId().toString());
            log.info("{} text messages received", newest.size());
        }
        health = ChannelHealth.up();
        return new PollOutcome(true, newest.size(), health);
    }

    /** The texts received after the one with id {@code lastRead}, newest first; all of them when it is null. */
    private List<ReceivedTextMessage> newerThan(String lastRead) throws NotificationClientException {
        List<ReceivedTextMessage> found = new ArrayList<>();
        String olderThan = null;
        while (true) {
            ReceivedTextMessageList page = notify.getReceivedTextMessages(olderThan);
            for (ReceivedTextMessage text : page.getReceivedTextMessages()) {
                if (text.getId().toString().equals(lastRead)) {
                    return found;
                }
                found.add(text);
            }
            if (page.getReceivedTextMessages().isEmpty() || page.getNextPageLink().isEmpty()) {
                // The last one read is older than Notify keeps: everything it still has is new.
                return found;
            }
            olderThan = found.get(found.size() - 1).getId().toString();
        }
    }

    private ChannelHealth healthAfter(NotificationClientException failure) {
        String reason = NotifyRefusal.explanation(failure);
        return switch (failure.getHttpResult()) {
            case UNAUTHORISED, FORBIDDEN -> ChannelHealth.unauthorised("GOV.UK Notify refused the API key: set"
                    + " CCR_NOTIFY_API_KEY to a live key of a service that receives text messages (" + reason + ")");
            case TOO_MANY_REQUESTS -> ChannelHealth.rateLimited(clock.instant().plus(RATE_LIMIT_PAUSE),
                    "GOV.UK Notify's rate limit was reached; reading again in a minute");
            default -> ChannelHealth.down("GOV.UK Notify could not be read (" + reason + ")");
        };
    }

    /** The state after the last poll, for the health indicator and the supervisor dashboard. */
    public ChannelHealth health() {
        return health;
    }

    /** The id of the newest text handed on, for diagnostics. */
    public Optional<String> checkpoint() {
        return checkpoints.load(CHECKPOINT_KEY);
    }
}
