package org.contactrouter.simulation;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import org.contactrouter.contact.Channel;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** Reading the simulator's YAML files, with every mistake naming the file and key. */
final class YamlSections {

    private YamlSections() {
    }

    static Object load(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        }
    }

    static Map<?, ?> map(Object value, String where) {
        if (!(value instanceof Map<?, ?> map)) {
            throw new IllegalStateException(where + ": expected a mapping");
        }
        return map;
    }

    static List<?> list(Object value, String where) {
        if (!(value instanceof List<?> list)) {
            throw new IllegalStateException(where + ": expected a list");
        }
        return list;
    }

    static double number(Object value, String where) {
        if (!(value instanceof Number n) || n.doubleValue() < 0) {
            throw new IllegalStateException(where + ": expected a number, 0 or more");
        }
        return n.doubleValue();
    }

    static String text(Object value, String where) {
        if (value == null || value.toString().isBlank()) {
            throw new IllegalStateException(where + ": missing");
        }
        return value.toString().trim();
    }

    /** A value for each channel, all required. */
    static <T> Map<Channel, T> perChannel(Object value, String where, BiFunction<Object, String, T> read) {
        Map<?, ?> map = map(value, where);
        Map<Channel, T> result = new EnumMap<>(Channel.class);
        for (Channel channel : Channel.values()) {
            String key = where + "." + channel.key();
            if (!map.containsKey(channel.key())) {
                throw new IllegalStateException(key + ": missing (every channel needs a value)");
            }
            result.put(channel, read.apply(map.get(channel.key()), key));
        }
        return result;
    }
}
