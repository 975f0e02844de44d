package org.contactrouter.routing;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.contactrouter.contact.Channel;
import org.contactrouter.officer.Officer;

/**
 * Which queued cases an officer may take now, as the routing rules say:
 * <ul>
 * <li>a case in a channel the officer is trained for and has spare capacity in, in one of their service areas;</li>
 * <li>once the case's pool has widened to level 1: such a channel, any service area;</li>
 * <li>at level 2: any channel where the officer holds fewer cases than their capacity (at least one);</li>
 * <li>always: a Welsh-language case only for a Welsh speaker (never widened: it must be answered in Welsh).</li>
 * </ul>
 *
 * @param username         the officer
 * @param trainedWithSpace channels the officer is trained for and still has room in
 * @param anyWithSpace     channels in which the officer holds fewer cases than max(capacity, 1)
 * @param serviceAreas     the officer's service areas
 * @param welshSpeaker     whether Welsh-language cases are allowed
 */
public record Eligibility(String username, Set<Channel> trainedWithSpace, Set<Channel> anyWithSpace, Set<String> serviceAreas,
                          boolean welshSpeaker) {

    /** @param held how many cases of each channel the officer holds now */
    public static Eligibility of(Officer officer, Map<Channel, Integer> held) {
        Set<Channel> trained = EnumSet.noneOf(Channel.class);
        Set<Channel> any = EnumSet.noneOf(Channel.class);
        for (Channel channel : Channel.values()) {
            int capacity = officer.capacities().getOrDefault(channel, 0);
            int holding = held.getOrDefault(channel, 0);
            if (holding < capacity) {
                trained.add(channel);
            }
            if (holding < Math.max(capacity, 1)) {
                any.add(channel);
            }
        }
        return new Eligibility(officer.username(), trained, any, officer.serviceAreas(), officer.speaksWelsh());
    }

    /** Whether a queued case with these properties may go to the officer: the same rule as the SQL in SharedQueue. */
    public boolean allows(Channel channel, String serviceArea, String language, int wideningLevel) {
        if ("cy".equals(language) && !welshSpeaker) {
            return false;
        }
        return trainedWithSpace.contains(channel) && (serviceAreas.contains(serviceArea) || wideningLevel >= 1)
                || wideningLevel >= 2 && anyWithSpace.contains(channel);
    }
}
