package org.contactrouter.classification;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The council's classification rules (config/classification.yml): words and phrases per service area, mappings from
 * mailbox, phone queue and Open311 service code, and the default area.
 */
public record ClassificationRules(String defaultArea, Map<String, List<String>> phrasesByArea,
                                  Map<String, String> mailboxes, Map<String, String> phoneQueues,
                                  Map<String, String> open311ServiceCodes) {

    public static ClassificationRules load(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(new Yaml(new SafeConstructor(new LoaderOptions())).load(in), file.toString());
        }
    }

    static ClassificationRules parse(Object document, String source) {
        if (!(document instanceof Map<?, ?> root)) {
            throw new IllegalStateException(source + ": expected default-area, areas and mappings");
        }
        Object defaultArea = root.get("default-area");
        if (defaultArea == null || defaultArea.toString().isBlank()) {
            throw new IllegalStateException(source + ": default-area is missing");
        }
        Map<String, List<String>> phrases = new LinkedHashMap<>();
        map(root.get("areas"), source + ": areas").forEach((area, value) -> {
            Object list = value instanceof Map<?, ?> m ? m.get("phrases") : null;
            if (!(list instanceof List<?> items) || items.isEmpty()) {
                throw new IllegalStateException(source + ": areas." + area + ".phrases must be a non-empty list");
            }
            phrases.put(area.toString(), items.stream().map(i -> i.toString().toLowerCase(Locale.ROOT)).toList());
        });
        Map<?, ?> mappings = map(root.get("mappings"), source + ": mappings");
        return new ClassificationRules(defaultArea.toString(), phrases,
                strings(mappings.get("mailboxes"), source + ": mappings.mailboxes"),
                strings(mappings.get("phone-queues"), source + ": mappings.phone-queues"),
                strings(mappings.get("open311-service-codes"), source + ": mappings.open311-service-codes"));
    }

    private static Map<?, ?> map(Object value, String where) {
        if (value == null) {
            return Map.of();
        }
        if (!(value instanceof Map<?, ?> map)) {
            throw new IllegalStateException(where + ": expected a mapping");
        }
        return map;
    }

    private static Map<String, String> strings(Object value, String where) {
        Map<String, String> result = new LinkedHashMap<>();
        map(value, where).forEach((k, v) -> result.put(k.toString().toLowerCase(Locale.ROOT), v.toString()));
        return result;
    }
}
