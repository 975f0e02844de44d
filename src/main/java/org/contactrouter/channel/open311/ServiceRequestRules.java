package org.contactrouter.channel.open311;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.contactrouter.channel.web.SubmissionRules;
import org.contactrouter.persistence.SqlText;
import org.contactrouter.channel.web.WebChannelProperties;

/**
 * What GeoReport v2 asks of a new service request, checked all at once so that a client hears every reason: a
 * description of at most 4,000 characters, a location, coordinates in range, an http(s) media_url, the service's
 * required attributes with values it offers, and the contact rules every channel shares.
 */
final class ServiceRequestRules {

    static final int MAX_DESCRIPTION = 4000;
    private static final int MAX_ATTRIBUTES = 30;
    private static final int MAX_ATTRIBUTE_KEY = 80;
    private static final int MAX_ATTRIBUTE_VALUE = 300;
    private static final List<String> KEPT_FIELDS = List.of("lat", "long", "address_string", "address_id",
            "media_url", "device_id");

    private ServiceRequestRules() {
    }

    /** The reasons the request is refused; empty when it may be accepted. */
    static List<String> problems(Map<String, String> form, WebChannelProperties.Open311Service service) {
        List<String> problems = new ArrayList<>();
        String description = form.get("description");
        if (description != null && description.length() > MAX_DESCRIPTION) {
            problems.add("description must be at most " + MAX_DESCRIPTION + " characters (it has "
                    + description.length() + ")");
        }
        boolean hasLocation = (present(form, "lat") && present(form, "long")) || present(form, "address_string")
                || present(form, "address_id");
        if (!hasLocation) {
            problems.add("a location is required: lat and long, address_string or address_id");
        }
        problems.addAll(coordinateProblems(form));
        if (present(form, "media_url") && !isWebAddress(form.get("media_url").trim())) {
            problems.add("media_url must be an http or https address");
        }
        problems.addAll(attributeProblems(form, service));
        SubmissionRules.check(name(form), form.get("email"), form.get("phone"), description, null, false)
                .forEach(p -> problems.add(field(p.field()) + ": " + p.message()));
        return problems;
    }

    /** The reporter's name from first_name and last_name, or null. */
    static String name(Map<String, String> form) {
        String first = form.get("first_name") == null ? "" : form.get("first_name").trim();
        String last = form.get("last_name") == null ? "" : form.get("last_name").trim();
        String name = (first + " " + last).trim();
        return name.isEmpty() ? null : name;
    }

    /** What the case keeps of the request: the service code, the location, media and each attribute answer. */
    static Map<String, String> keptAttributes(Map<String, String> form, String serviceCode) {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("open311ServiceCode", serviceCode);
        for (String field : KEPT_FIELDS) {
            if (present(form, field)) {
                attributes.put(field, form.get(field).trim());
            }
        }
        // Bounded: the answers are stored with the contact, and a client may send attributes of its own.
        form.entrySet().stream()
                .filter(e -> e.getKey().startsWith("attribute[") && e.getKey().endsWith("]")
                        && e.getKey().length() <= MAX_ATTRIBUTE_KEY && e.getValue() != null && !e.getValue().isBlank())
                .limit(MAX_ATTRIBUTES)
                .forEach(e -> attributes.put("open311." + e.getKey(), SqlText.truncate(e.getValue().trim(),
                        MAX_ATTRIBUTE_VALUE)));
        return attributes;
    }

    private static List<String> attributeProblems(Map<String, String> form,
                                                  WebChannelProperties.Open311Service service) {
        List<String> problems = new ArrayList<>();
        for (WebChannelProperties.Open311Attribute attribute : service.attributes()) {
            String answer = form.get("attribute[" + attribute.code() + "]");
            if (answer == null || answer.isBlank()) {
                if (attribute.required()) {
                    problems.add("attribute[" + attribute.code() + "] is required: " + attribute.description());
                }
                continue;
            }
            if (attribute.isList()) {
                Set<String> keys = attribute.values().stream().map(WebChannelProperties.Open311Value::key)
                        .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
                List<String> given = List.of(answer.split(","));
                if (given.stream().map(String::trim).anyMatch(g -> !keys.contains(g))) {
                    problems.add("attribute[" + attribute.code() + "] must be one of " + String.join(", ", keys));
                }
            }
        }
        return problems;
    }

    private static List<String> coordinateProblems(Map<String, String> form) {
        List<String> problems = new ArrayList<>();
        for (String field : List.of("lat", "long")) {
            if (present(form, field)) {
                try {
                    double value = Double.parseDouble(form.get(field));
                    if (!Double.isFinite(value) || Math.abs(value) > (field.equals("lat") ? 90 : 180)) {
                        problems.add(field + " is out of range");
                    }
                } catch (NumberFormatException e) {
                    problems.add(field + " must be a decimal number");
                }
            }
        }
        return problems;
    }

    private static boolean isWebAddress(String text) {
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private static boolean present(Map<String, String> form, String field) {
        return form.get(field) != null && !form.get(field).isBlank();
    }

    private static String field(String field) {
        return switch (field) {
            case "message" -> "description";
            case "name" -> "first_name";
            default -> field;
        };
    }
}
