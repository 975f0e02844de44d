package org.contactrouter.classification;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The council's classification rules (config/classification.yml): words and phrases per service area, mappings from
 * mailbox, phone queue and Open311 service code, the default area, and words and phrases per statutory case type
 * (FOI, subject access, complaint...), which must name case types of config/sla-standards.yml.
 */
public record ClassificationRules(String defaultArea, Map<String, List<String>> phrasesByArea,
                                  Map<String, String> mailboxes, Map<String, String> phoneQueues,
                                  Map<String, String> open311ServiceCodes, Map<String, List<String>> phrasesByCaseType) {

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
        Map<?, ?> mappings = map(root.get("mappings"), source + ": mappings");
        return new ClassificationRules(defaultArea.toString(), phrases(root, "areas", source),
                strings(mappings.get("mailboxes"), source + ": mappings.mailboxes"),
                strings(mappings.get("phone-queues"), source + ": mappings.phone-queues"),
                strings(mappings.get("open311-service-codes"), source + ": mappings.open311-service-codes"),
                phrases(root, "case-types", source));
    }

    /** The case types the rules can give a case, each of which must be defined in the SLA standards. */
    public void requireCaseTypes(Set<String> defined, String standardsFile) {
        for (String caseType : phrasesByCaseType.keySet()) {
            if (!defined.contains(caseType)) {
                throw new IllegalStateException("classification rules: case-types." + caseType + " is not a case type"
                        + " of " + standardsFile + "; define it there or use one of " + new TreeSet<>(defined));
            }
        }
    }

    private static Map<String, List<String>> phrases(Map<?, ?> root, String key, String source) {
        Map<String, List<String>> phrases = new LinkedHashMap<>();
        map(root.get(key), source + ": " + key).forEach((name, value) -> {
            Object list = value instanceof Map<?, ?> m ? m.get("phrases") : null;
            if (!(list instanceof List<?> items) || items.isEmpty()) {
                throw new IllegalStateException(source + ": " + key + "." + name + ".phrases must be a non-empty list");
            }
            phrases.put(name.toString(), items.stream().map(i -> i.toString().toLowerCase(Locale.ROOT)).toList());
        });
        return phrases;
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
