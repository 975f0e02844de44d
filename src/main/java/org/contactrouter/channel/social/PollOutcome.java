package org.contactrouter.channel.social;

/**
 * What one {@link SocialPoller#pollOnce()} did.
 *
 * @param called    whether the network was called (false while a rate limit lasts)
 * @param delivered contacts handed to the sink
 * @param health    the channel's state afterwards
 */
public record PollOutcome(boolean called, int delivered, ChannelHealth health) {
}
