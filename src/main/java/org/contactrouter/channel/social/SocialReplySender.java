package org.contactrouter.channel.social;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.contactrouter.contact.Channel;
import org.contactrouter.contact.Contact;
import org.contactrouter.contact.Identity;
import org.contactrouter.reply.OutboundReply;
import org.contactrouter.reply.ReplySender;

/**
 * Posts officers' replies to social contacts on the network the contact came from (its source), threaded under the
 * citizen's post or as a direct message. A network that is rate-limited or down makes the reply wait on its queue and
 * be retried with back-off; refused credentials or API access, a reply too long, one outside the network's reply
 * window, or a network that is not enabled fail it at once with a message the officer can act on. Every failure of
 * the network is reported to the channel's health, so a token refused on a reply shows as soon as the reply fails.
 */
public class SocialReplySender implements ReplySender, SocialReplyCheck {

    private final Map<String, SocialNetwork> networks;
    private final Clock clock;
    private final BiConsumer<String, ChannelHealth> failures;

    /** @param failures told the network's name and health after each failed call, e.g. {@link SocialPolling#report} */
    public SocialReplySender(List<SocialNetwork> networks, Clock clock, BiConsumer<String, ChannelHealth> failures) {
        this.networks = networks.stream()
                .collect(Collectors.toUnmodifiableMap(SocialNetwork::name, Function.identity()));
        this.clock = clock;
        this.failures = failures;
    }

    @Override
    public Channel channel() {
        return Channel.SOCIAL;
    }

    @Override
    public Optional<String> problemWith(Contact answering, String text) {
        SocialNetwork network = networks.get(answering.source());
        if (network == null) {
            return Optional.of(notEnabled(answering.source()));
        }
        Optional<ReplyWindow> window = replyWindow(network.name(), answering.receivedAt());
        if (window.isPresent() && !window.get().isOpen()) {
            return Optional.of(windowClosed(network.name(), answering.receivedAt(), window.get()));
        }
        return network.validateReply(answering.sender().identities(), text);
    }

    @Override
    public OptionalInt maxReplyLength(String network, List<Identity> sender) {
        SocialNetwork enabled = networks.get(network);
        return enabled == null ? OptionalInt.empty() : OptionalInt.of(enabled.maxReplyLength(sender));
    }

    @Override
    public Optional<ReplyWindow> replyWindow(String network, Instant lastMessageAt) {
        SocialNetwork enabled = networks.get(network);
        return enabled == null ? Optional.empty()
                : enabled.replyWindow().map(length -> ReplyWindow.of(length, lastMessageAt, clock.instant()));
    }

    @Override
    public String send(OutboundReply reply) throws Exception {
        Contact answering = reply.answering();
        // Checked again when sending: a reply that waited on its queue may have outlived the reply window.
        Optional<String> problem = problemWith(answering, reply.body());
        if (problem.isPresent()) {
            throw new PermanentDeliveryFailure(problem.get());
        }
        try {
            return networks.get(answering.source()).reply(ReplyRequest.to(answering, reply.body())).messageId();
        } catch (SocialNetworkException e) {
            ChannelHealth health = e.health();
            failures.accept(answering.source(), health);
            if (health.state() == ChannelHealth.State.UNAUTHORISED
                    || health.state() == ChannelHealth.State.ACCESS_DENIED) {
                // Retrying cannot help until someone renews the tokens or the API plan.
                throw new PermanentDeliveryFailure(health.message());
            }
            throw e;
        } catch (IllegalArgumentException e) {
            // The stored contact lacks what the network needs to thread the reply (or asks for an unsupported DM),
            // or the network refused this one message.
            throw new PermanentDeliveryFailure(e.getMessage());
        }
    }

    private static String notEnabled(String network) {
        return "Replies on " + network + " cannot be sent: the " + network + " channel is not enabled"
                + " (ccr.channels.social." + network + ".enabled). Reply by another channel.";
    }

    private static String windowClosed(String network, Instant lastMessageAt, ReplyWindow window) {
        return "Replies on " + network + " cannot be sent: " + network + " takes replies only within "
                + window.lengthInWords() + " of the citizen's last message, received at " + lastMessageAt
                + "; the window closed at " + window.closesAt() + ". Reply by another channel, or answer when the"
                + " citizen writes again.";
    }
}
