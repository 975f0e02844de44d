package org.contactrouter.officer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.contactrouter.contact.Channel;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Reads config/officers.yml: staff with their roles, the channels they are trained for (with how many cases of
 * each they may hold at once), service areas and languages. Every mistake is reported with the officer and key.
 */
public final class OfficersFile {

    private OfficersFile() {
    }

    /** One officer as the file describes them. */
    public record OfficerSpec(String username, String name, Role role, Map<Channel, Integer> capacities,
                              Set<String> serviceAreas, Set<String> languages) {
    }

    public static List<OfficerSpec> load(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(new Yaml(new SafeConstructor(new LoaderOptions())).load(in), file.toString());
        }
    }

    static List<OfficerSpec> parse(Object document, String source) {
        Object officers = document instanceof Map<?, ?> map ? map.get("officers") : null;
        if (!(officers instanceof List<?> list)) {
            throw new IllegalStateException(source + ": expected a list under 'officers'");
        }
        List<OfficerSpec> specs = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String where = source + ": officers[" + i + "]";
            if (!(list.get(i) instanceof Map<?, ?> officer)) {
                throw new IllegalStateException(where + ": expected username, name, role ...");
            }
            specs.add(new OfficerSpec(text(officer, "username", where), text(officer, "name", where),
                    role(text(officer, "role", where), where), capacities(officer.get("channels"), where),
                    words(officer.get("service-areas"), where + ".service-areas"),
                    words(officer.get("languages") == null ? List.of("en") : officer.get("languages"),
                            where + ".languages")));
        }
        return specs;
    }

    private static Role role(String value, String where) {
        try {
            return Role.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(where + ".role: '" + value + "' is not OFFICER, SUPERVISOR or ADMIN");
        }
    }

    private static Map<Channel, Integer> capacities(Object value, String where) {
        Map<Channel, Integer> capacities = new EnumMap<>(Channel.class);
        if (value == null) {
            return capacities;
        }
        if (!(value instanceof Map<?, ?> map)) {
            throw new IllegalStateException(where + ".channels: expected channel: capacity, e.g. {email: 4, phone: 1}");
        }
        map.forEach((channel, capacity) -> {
            Channel parsed;
            try {
                parsed = Channel.fromKey(String.valueOf(channel));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(where + ".channels: '" + channel
                        + "' is not a channel (phone, email, web, social)");
            }
            if (!(capacity instanceof Integer n) || n < 1 || n > 50) {
                throw new IllegalStateException(where + ".channels." + channel + ": capacity must be a number from 1 to 50");
            }
            capacities.put(parsed, n);
        });
        return capacities;
    }

    private static Set<String> words(Object value, String where) {
        if (value == null) {
            return Set.of();
        }
        if (!(value instanceof List<?> list)) {
            throw new IllegalStateException(where + ": expected a list, e.g. [waste, highways]");
        }
        Set<String> words = new LinkedHashSet<>();
        list.forEach(item -> words.add(String.valueOf(item).trim().toLowerCase(Locale.ROOT)));
        return words;
    }

    private static String text(Map<?, ?> map, String key, String where) {
        Object value = map.get(key);
        if (value == null || value.toString().isBlank()) {
            throw new IllegalStateException(where + ": '" + key + "' is missing");
        }
        return value.toString().trim();
    }
}
