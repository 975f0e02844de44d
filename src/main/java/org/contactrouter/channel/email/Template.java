package org.contactrouter.channel.email;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * A message template with {@code ${name}} placeholders. Substitution is a single pass, so a value that itself
 * contains "${...}" is inserted literally. In an HTML template every value is HTML-escaped.
 */
public final class Template {

    private final String name;
    private final String text;
    private final boolean html;

    /**
     * @param name used in error messages, e.g. the file name
     * @param text the template text
     * @param html whether substituted values must be HTML-escaped
     */
    public Template(String name, String text, boolean html) {
        this.name = name;
        this.text = text;
        this.html = html;
        placeholders(); // fails now on an unclosed placeholder rather than when the first citizen writes in
    }

    /** The placeholder names the template uses. */
    public Set<String> placeholders() {
        Set<String> names = new LinkedHashSet<>();
        int start = text.indexOf("${");
        while (start >= 0) {
            names.add(text.substring(start + 2, closing(start)));
            start = text.indexOf("${", closing(start));
        }
        return names;
    }

    /**
     * Fills in the placeholders.
     *
     * @throws IllegalArgumentException when a placeholder has no value
     */
    public String render(Map<String, String> values) {
        StringBuilder out = new StringBuilder(text.length() + 256);
        int from = 0;
        int start = text.indexOf("${");
        while (start >= 0) {
            int end = closing(start);
            String key = text.substring(start + 2, end);
            String value = values.get(key);
            if (value == null) {
                throw new IllegalArgumentException("no value for ${" + key + "} in template " + name);
            }
            out.append(text, from, start).append(html ? escapeHtml(value) : value);
            from = end + 1;
            start = text.indexOf("${", from);
        }
        return out.append(text, from, text.length()).toString();
    }

    private int closing(int start) {
        int end = text.indexOf('}', start);
        if (end < 0) {
            throw new IllegalArgumentException("unclosed placeholder in template " + name + " at offset " + start);
        }
        return end;
    }

    static String escapeHtml(String value) {
        StringBuilder out = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
