package org.contactrouter.casework;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.contactrouter.channel.phone.CallAttributes;
import org.contactrouter.channel.post.PostalAddress;

/**
 * What a channel recorded about a contact besides its words, as the case page lists it under the message: for a
 * call its outcome, queue, length and where the voicemail is; for a letter the address it came from; for an Open311
 * report its service, place and photo.
 *
 * @param link an http(s) address to open the value at, or null
 */
public record ContactDetails(String label, String value, String link) {

    public static List<ContactDetails> of(Map<String, String> attributes) {
        List<ContactDetails> details = new ArrayList<>();
        add(details, "Call outcome", humane(attributes.get(CallAttributes.OUTCOME)));
        add(details, "Phone queue", attributes.get(CallAttributes.QUEUE));
        String seconds = attributes.get(CallAttributes.DURATION_SECONDS);
        add(details, "Call length", seconds == null ? null : seconds + " seconds");
        add(details, "Voicemail", attributes.get(CallAttributes.VOICEMAIL_REFERENCE));
        add(details, "Written from", PostalAddress.of(null, attributes).map(PostalAddress::oneLine).orElse(null));
        add(details, "Open311 service", attributes.get("open311ServiceCode"));
        add(details, "Address", attributes.get("address_string"));
        String lat = attributes.get("lat");
        String lon = attributes.get("long");
        add(details, "Location", lat == null || lon == null ? null : lat + ", " + lon);
        String media = attributes.get("media_url");
        if (media != null) {
            String lower = media.toLowerCase(Locale.ROOT);
            details.add(new ContactDetails("Photo", media,
                    lower.startsWith("https://") || lower.startsWith("http://") ? media : null));
        }
        attributes.forEach((key, value) -> {
            if (key.startsWith("open311.attribute[") && key.endsWith("]")) {
                add(details, key.substring("open311.attribute[".length(), key.length() - 1), value);
            }
        });
        return details;
    }

    private static void add(List<ContactDetails> details, String label, String value) {
        if (value != null && !value.isBlank()) {
            details.add(new ContactDetails(label, value, null));
        }
    }

    private static String humane(String outcome) {
        return outcome == null ? null
                : outcome.substring(0, 1) + outcome.substring(1).toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
