package org.contactrouter.channel.social;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.contactrouter.contact.Channel;
import org.contactrouter.contact.Contact;
import org.contactrouter.reply.OutboundReply;
import org.contactrouter.reply.ReplyKind;
import org.contactrouter.reply.ReplySender;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Which network failures make a social reply wait and retry, and which fail it at once with a message. */
class SocialReplySenderTest {

    private static final Contact MENTION = Contact.builder(Channel.SOCIAL, "example", "1001",
                    Instant.parse("2026-01-14T09:00:00Z"))
            .attributes(Map.of(SocialAttributes.KIND, SocialAttributes.KIND_MENTION, SocialAttributes.POST_ID, "1001"))
            .build();

    private final MutableClock clock = new MutableClock(MENTION.receivedAt().plus(Duration.ofHours(1)));
    /** What the sender reported to the channel's health: network and state. */
    private final List<String> reported = new ArrayList<>();

    @Test
    void postsOnTheNetworkTheContactCameFromAndReturnsThePostId() throws Exception {
        FakeNetwork network = new FakeNetwork(null);

        assertThat(sender(network).send(reply("Booked!"))).isEqualTo("reply-1");
        assertThat(network.posted).isEqualTo(ReplyRequest.to(MENTION, "Booked!"));
    }

    @ParameterizedTest
    @EnumSource(value = ChannelHealth.State.class, names = {"RATE_LIMITED", "DOWN"})
    void aNetworkThatIsBusyOrDownMakesTheReplyWaitForARetry(ChannelHealth.State state) {
        ChannelHealth health = state == ChannelHealth.State.DOWN ? ChannelHealth.down("HTTP 503")
                : ChannelHealth.rateLimited(Instant.parse("2026-01-14T09:15:00Z"), "HTTP 429");
        SocialReplySender sender = sender(new FakeNetwork(new SocialNetworkException(health)));

        assertThatThrownBy(() -> sender.send(reply("Hello")))
                .isInstanceOf(SocialNetworkException.class)
                .isNotInstanceOf(ReplySender.PermanentDeliveryFailure.class);
        assertThat(reported).containsExactly("example " + state);
    }

    @Test
    void refusedCredentialsOrApiAccessFailTheReplyAtOnceWithTheReason() {
        SocialReplySender revoked = sender(new FakeNetwork(
                new SocialNetworkException(ChannelHealth.unauthorised("X API HTTP 401: Invalid or expired token."))));
        SocialReplySender offPlan = sender(new FakeNetwork(
                new SocialNetworkException(ChannelHealth.accessDenied("X API HTTP 403 error 453: not on your plan"))));

        assertThatThrownBy(() -> revoked.send(reply("Hello"))).isInstanceOf(ReplySender.PermanentDeliveryFailure.class)
                .hasMessage("X API HTTP 401: Invalid or expired token.");
        assertThatThrownBy(() -> offPlan.send(reply("Hello"))).isInstanceOf(ReplySender.PermanentDeliveryFailure.class)
                .hasMessage("X API HTTP 403 error 453: not on your plan");
        assertThat(reported).containsExactly("example UNAUTHORISED", "example ACCESS_DENIED");
    }

    @Test
    void aNetworkWithAReplyWindowTakesRepliesUntilItClosesAndThenRefusesThemWithTheReason() throws Exception {
        FakeNetwork network = new FakeNetwork(null, Duration.ofHours(24));
        SocialReplySender sender = sender(network);

        clock.advance(Duration.ofHours(20).plusMinutes(30));
        ReplyWindow open = sender.replyWindow("example", MENTION.receivedAt()).orElseThrow();
        assertThat(open.isOpen()).isTrue();
        assertThat(open.closesAt()).isEqualTo(Instant.parse("2026-01-15T09:00:00Z"));
        assertThat(open.timeLeftInWords()).isEqualTo("2 hours 30 minutes");
        assertThat(sender.problemWith(MENTION, "Hello")).isEmpty();

        // A reply that waited on its queue until the window closed is not sent.
        clock.advance(Duration.ofHours(2).plusMinutes(30));
        assertThat(sender.replyWindow("example", MENTION.receivedAt()).orElseThrow().isOpen()).isFalse();
        String refusal = "Replies on example cannot be sent: example takes replies only within 24 hours of the"
                + " citizen's last message, received at 2026-01-14T09:00:00Z; the window closed at"
                + " 2026-01-15T09:00:00Z. Reply by another channel, or answer when the citizen writes again.";
        assertThat(sender.problemWith(MENTION, "Hello")).contains(refusal);
        assertThatThrownBy(() -> sender.send(reply("Hello")))
                .isInstanceOf(ReplySender.PermanentDeliveryFailure.class).hasMessage(refusal);
        assertThat(network.posted).isNull();
    }

    @Test
    void aNetworkWithoutAReplyWindowOrNotEnabledShowsNone() {
        assertThat(sender(new FakeNetwork(null)).replyWindow("example", MENTION.receivedAt())).isEmpty();
        assertThat(sender().replyWindow("example", MENTION.receivedAt())).isEmpty();
    }

    @Test
    void aReplyTooLongOrForANetworkThatIsOffIsRefusedWithAMessageForTheOfficer() {
        FakeNetwork network = new FakeNetwork(null);
        SocialReplySender sender = sender(network);

        assertThat(sender.problemWith(MENTION, "x".repeat(11))).contains("Replies on example can be at most 10"
                + " characters; this one is 11. Remove 1 characters or reply by another channel.");
        assertThatThrownBy(() -> sender.send(reply("x".repeat(11))))
                .isInstanceOf(ReplySender.PermanentDeliveryFailure.class).hasMessageContaining("at most 10");
        assertThat(network.posted).isNull();

        SocialReplySender none = sender();
        assertThat(none.problemWith(MENTION, "Hello")).contains("Replies on example cannot be sent: the example"
                + " channel is not enabled (ccr.channels.social.example.enabled). Reply by another channel.");
        assertThatThrownBy(() -> none.send(reply("Hello"))).isInstanceOf(ReplySender.PermanentDeliveryFailure.class);
    }

    @Test
    void theReplyBoxLimitIsTheEnabledNetworksOwn() {
        assertThat(sender(new FakeNetwork(null)).maxReplyLength("example", List.of())).hasValue(10);
        assertThat(sender().maxReplyLength("example", List.of())).isEmpty();
    }

    private SocialReplySender sender(SocialNetwork... networks) {
        return new SocialReplySender(List.of(networks), clock,
                (network, health) -> reported.add(network + " " + health.state()));
    }

    private static OutboundReply reply(String body) {
        return new OutboundReply(1, "CR-2026-000001", ReplyKind.REPLY, Channel.SOCIAL, body, "tester", "Tester", "en",
                MENTION, List.of("1001"));
    }

    /** A network named "example" allowing 10 characters, that posts or fails as told. */
    private static final class FakeNetwork implements SocialNetwork {
        private final SocialNetworkException failure;
        private final Duration replyWindow;
        private ReplyRequest posted;

        FakeNetwork(SocialNetworkException failure) {
            this(failure, null);
        }

        FakeNetwork(SocialNetworkException failure, Duration replyWindow) {
            this.failure = failure;
            this.replyWindow = replyWindow;
        }

        @Override
        public Optional<Duration> replyWindow() {
            return Optional.ofNullable(replyWindow);
        }

        @Override
        public String name() {
            return "example";
        }

        @Override
        public PollResult poll(String cursor) {
            throw new UnsupportedOperationException("replies only");
        }

        @Override
        public ReplyResult reply(ReplyRequest request) throws SocialNetworkException {
            if (failure != null) {
                throw failure;
            }
            posted = request;
            return new ReplyResult("reply-1");
        }

        @Override
        public int maxReplyLength() {
            return 10;
        }
    }
}
