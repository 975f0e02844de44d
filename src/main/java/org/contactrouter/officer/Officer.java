package org.contactrouter.officer;

import java.util.Map;
import java.util.Set;

import org.contactrouter.contact.Channel;

/**
 * A member of staff and what they are trained for.
 *
 * @param capacities   for each channel the officer is trained on, how many of its cases they may hold at once
 * @param serviceAreas the service areas they handle
 * @param languages    languages they answer in ("en", "cy")
 */
public record Officer(String username, String displayName, Role role, Map<Channel, Integer> capacities,
                      Set<String> serviceAreas, Set<String> languages, Presence presence) {

    public Officer {
        capacities = Map.copyOf(capacities);
        serviceAreas = Set.copyOf(serviceAreas);
        languages = Set.copyOf(languages);
    }

    public boolean speaksWelsh() {
        return languages.contains("cy");
    }

    public boolean trainedFor(Channel channel) {
        return capacities.getOrDefault(channel, 0) > 0;
    }
}
