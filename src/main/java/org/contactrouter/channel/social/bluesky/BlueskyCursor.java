package org.contactrouter.channel.social.bluesky;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Where the Bluesky poll got to. listNotifications' own cursor pages backwards in time, so it cannot say "newer
 * than"; ours is the indexedAt of the newest notification handed over, with the post uris indexed at that same
 * instant so that they are not handed over twice.
 *
 * @param indexedAt newest indexedAt handed over, null before the first notification
 * @param uris      post uris indexed exactly at {@code indexedAt}
 */
record BlueskyCursor(Instant indexedAt, Set<String> uris) {

    static final BlueskyCursor START = new BlueskyCursor(null, Set.of());

    BlueskyCursor {
        uris = Set.copyOf(uris);
    }

    static BlueskyCursor parse(String text, ObjectMapper json) {
        if (text == null || text.isBlank()) {
            return START;
        }
        JsonNode node = json.readTree(text);
        Set<String> uris = new HashSet<>();
        node.path("uris").forEach(uri -> uris.add(uri.asString()));
        return new BlueskyCursor(Instant.parse(node.path("indexedAt").asString()), uris);
    }

    String format(ObjectMapper json) {
        ObjectNode node = json.createObjectNode();
        node.put("indexedAt", indexedAt.toString());
        uris.stream().sorted().forEach(node.putArray("uris")::add);
        return json.writeValueAsString(node);
    }

    /** Whether a notification was already handed over by an earlier poll. */
    boolean covers(Instant at, String uri) {
        return indexedAt != null && (at.isBefore(indexedAt) || at.equals(indexedAt) && uris.contains(uri));
    }

    /** Whether a notification is older than everything this cursor still waits for: paging can stop there. */
    boolean isBefore(Instant at) {
        return indexedAt != null && at.isBefore(indexedAt);
    }

    /** The cursor after handing over these notifications (uri and indexedAt of each). */
    BlueskyCursor after(Collection<BlueskyNotification> handedOver) {
        Instant newest = handedOver.stream().map(BlueskyNotification::indexedAt)
                .max(Instant::compareTo).orElse(indexedAt);
        if (newest == null) {
            return this;
        }
        Set<String> atNewest = handedOver.stream().filter(n -> n.indexedAt().equals(newest))
                .map(BlueskyNotification::uri).collect(Collectors.toCollection(HashSet::new));
        if (newest.equals(indexedAt)) {
            atNewest.addAll(uris);
        }
        return new BlueskyCursor(newest, atNewest);
    }
}
