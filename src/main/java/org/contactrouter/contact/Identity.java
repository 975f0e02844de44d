package org.contactrouter.contact;

import java.util.Locale;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * One way of recognising a citizen: an email address, a phone number in E.164, a handle on a social network, or
 * a postal address. Values are normalised on construction so that the same person is recognised across channels.
 *
 * @param kind  {@link #EMAIL}, {@link #PHONE}, {@link #POSTAL} or the name of a social network (e.g. "twitter",
 *              "bluesky")
 * @param value the normalised address, number or handle
 */
public record Identity(String kind, String value) {

    public static final String EMAIL = "email";
    public static final String PHONE = "phone";
    /**
     * A postal address as "postcode, first address line" ("cf10 4uw, 12 heol y frenhines"): enough to tell one home
     * from its neighbours, so that a citizen writing twice from the same address is recognised, however the rest of
     * the address is written.
     */
    public static final String POSTAL = "postal";

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

    /** @param postcode the normalised postcode; @param firstLine the first line of the address, below the name */
    public static Identity postal(String postcode, String firstLine) {
        return new Identity(POSTAL, postcode + ", " + firstLine);
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

    @JsonIgnore
    public boolean isPostal() {
        return POSTAL.equals(kind);
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
        if (POSTAL.equals(kind)) {
            return lower.replaceAll("\\s+", " ");
        }
        // Social handles are case-insensitive and often written with a leading '@'.
        return EMAIL.equals(kind) ? lower : lower.replaceFirst("^@", "");
    }

    @Override
    public String toString() {
        return kind + ":" + masked();
    }
}
