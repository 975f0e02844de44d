package org.contactrouter.channel.social;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.contactrouter.contact.Channel;
import org.contactrouter.contact.Contact;
import org.contactrouter.reply.OutboundReply;
import org.contactrouter.reply.ReplySender;

/**
 * Posts officers' replies to social contacts on the network the contact came from (its source), threaded under the
 * citizen's post or as a direct message. A network that is rate-limited or down makes the reply wait on its queue and
 * be retried with back-off; refused credentials or API access, a reply too long, or a network that is not enabled fail
 * it at once with a message the officer can act on.
 */
public class SocialReplySender implements ReplySender, SocialReplyCheck {

    private final Map<String, SocialNetwork> networks;

    public SocialReplySender(List<SocialNetwork> networks) {
        this.networks = networks.stream()
                .collect(Collectors.toUnmodifiableMap(SocialNetwork::name, Function.identity()));
    }

    @Override
    public Channel channel() {
        return Channel.SOCIAL;
    }

    @Override
    public Optional<String> problemWith(Contact answering, String text) {
        SocialNetwork network = networks.get(answering.source());
        return network == null ? Optional.of(notEnabled(answering.source())) : network.validateReply(text);
    }

    @Override
    public OptionalInt maxReplyLength(String network) {
        SocialNetwork enabled = networks.get(network);
        return enabled == null ? OptionalInt.empty() : OptionalInt.of(enabled.maxReplyLength());
    }

    @Override
    public String send(OutboundReply reply) throws Exception {
        Contact answering = reply.answering();
        Optional<String> problem = problemWith(answering, reply.body());
        if (problem.isPresent()) {
            throw new PermanentDeliveryFailure(problem.get());
        }
        try {
            return networks.get(answering.source()).reply(ReplyRequest.to(answering, reply.body())).messageId();
        } catch (SocialNetworkException e) {
            ChannelHealth health = e.health();
            if (health.state() == ChannelHealth.State.UNAUTHORISED
                    || health.state() == ChannelHealth.State.ACCESS_DENIED) {
                // Retrying cannot help until someone renews the tokens or the API plan.
                throw new PermanentDeliveryFailure(health.message());
            }
            throw e;
        } catch (IllegalArgumentException e) {
            // The stored contact lacks what the network needs to thread the reply (or asks for an unsupported DM).
            throw new PermanentDeliveryFailure(e.getMessage());
        }
    }

    private static String notEnabled(String network) {
        return "Replies on " + network + " cannot be sent: the " + network + " channel is not enabled"
                + " (ccr.channels.social." + network + ".enabled). Reply by another channel.";
    }
}
