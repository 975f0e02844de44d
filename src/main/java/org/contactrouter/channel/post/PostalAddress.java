package org.contactrouter.channel.post;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.contactrouter.contact.Contact;
import org.contactrouter.contact.Identity;

/**
 * Where a letter came from and where the answer goes: the citizen's name, the lines of the address above the
 * postcode, and the postcode. It travels with the contact as two attributes, {@value #LINES} (the lines, joined by
 * newlines) and {@value #POSTCODE}, the name as the sender's display name, and the citizen is recognised by
 * {@link Identity#postal}.
 *
 * @param name     the citizen's name as written on the letter, or null
 * @param lines    the lines between the name and the postcode, at least {@value #MIN_LINES}
 * @param postcode the postcode as {@link UkPostcode} writes it
 */
public record PostalAddress(String name, List<String> lines, String postcode) {

    /** The contact attribute holding the address lines above the postcode, one per line. */
    public static final String LINES = "post.address";
    /** The contact attribute holding the normalised postcode. */
    public static final String POSTCODE = "post.postcode";
    /** GOV.UK Notify prints at least 3 lines (the last the postcode): 2 above it, the name not counted. */
    static final int MIN_LINES = 2;
    /** GOV.UK Notify prints at most 7 lines: the name, 5 lines and the postcode. */
    static final int MAX_LINES = 5;

    public PostalAddress {
        name = name == null || name.isBlank() ? null : name.strip();
        lines = List.copyOf(lines);
        Objects.requireNonNull(postcode, "postcode");
        if (lines.size() < MIN_LINES || lines.size() > MAX_LINES) {
            throw new IllegalArgumentException("an address has " + MIN_LINES + " to " + MAX_LINES
                    + " lines above the postcode, not " + lines.size());
        }
    }

    /** The address the contact came from, when it kept one (every letter does). */
    public static Optional<PostalAddress> of(Contact contact) {
        return of(contact.sender().displayName(), contact.attributes());
    }

    /** @param attributes a contact's attributes, as {@link #attributes()} wrote them */
    public static Optional<PostalAddress> of(String name, Map<String, String> attributes) {
        String lines = attributes.get(LINES);
        String postcode = attributes.get(POSTCODE);
        if (lines == null || postcode == null) {
            return Optional.empty();
        }
        return Optional.of(new PostalAddress(name, lines.lines().toList(), postcode));
    }

    /** The attributes that carry the address with the contact. */
    public Map<String, String> attributes() {
        return Map.of(LINES, String.join("\n", lines), POSTCODE, postcode);
    }

    /** How the citizen is recognised when they write again from the same address. */
    public Identity identity() {
        return Identity.postal(postcode, lines.get(0));
    }

    /** The lines as printed on the envelope window: the name (when known), the address, the postcode last. */
    public List<String> printed() {
        List<String> printed = new ArrayList<>();
        if (name != null) {
            printed.add(name);
        }
        printed.addAll(lines);
        printed.add(postcode);
        return printed;
    }

    /** The address for GOV.UK Notify's letter template: {@code address_line_1} to {@code address_line_7}. */
    public Map<String, String> notifyAddressLines() {
        Map<String, String> personalisation = new LinkedHashMap<>();
        List<String> printed = printed();
        for (int i = 0; i < printed.size(); i++) {
            personalisation.put("address_line_" + (i + 1), printed.get(i));
        }
        return personalisation;
    }

    /** The address on one line, for the officer: "Ann Jones, 12 Elm Road, Cardiff, CF10 4UW". */
    public String oneLine() {
        return String.join(", ", printed());
    }
}
