package org.contactrouter.contact;

import java.util.Locale;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * One way of recognising a citizen: an email address, a phone number in E.164, or a handle on a social network.
 * Values are normalised on construction so that the same person is recognised across channels.
 *
 * @param kind  {@link #EMAIL}, {@link #PHONE} or the name of a social network (e.g. "twitter", "bluesky")
 * @param value the normalised address, number or handle
 */
public record Identity(String kind, String value) {

    public static final String EMAIL = "email";
    public static final String PHONE = "phone";

    public Identity {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
        kind = kind.trim().toLowerCase(Locale.ROOT);
        value = normalise(kind, value.trim());
        if (kind.isEmpty() || value.isEmpty()) {
            throw new IllegalArgumentException("identity kind and value must not be blank");
        }
    }

    public static Identity email(String address) {
        return new Identity(EMAIL, address);
    }

    /** A phone number already normalised to E.164 by the channel (see the phone channel's normaliser). */
    public static Identity phone(String e164) {
        return new Identity(PHONE, e164);
    }

    public static Identity social(String network, String handle) {
        return new Identity(network, handle);
    }

    @JsonIgnore
    public boolean isEmail() {
        return EMAIL.equals(kind);
    }

    @JsonIgnore
    public boolean isPhone() {
        return PHONE.equals(kind);
    }

    /** The value with most characters hidden, for logs: personal data never appears in full. */
    public String masked() {
        return PersonalDataMask.mask(kind, value);
    }

    private static String normalise(String kind, String value) {
        if (PHONE.equals(kind)) {
            return value.replace(" ", "");
        }
        String lower = value.toLowerCase(Locale.ROOT);
        // Social handles are case-insensitive and often written with a leading '@'.
        return EMAIL.equals(kind) ? lower : lower.replaceFirst("^@", "");
    }

    @Override
    public String toString() {
        return kind + ":" + masked();
    }
}
