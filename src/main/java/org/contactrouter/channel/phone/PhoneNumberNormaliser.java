package org.contactrouter.channel.phone;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Normalises caller numbers as PBXs and people write them ({@code 07700 900123}, {@code 0044 7700 900123},
 * {@code +44 (0)20 7946 0000}, {@code +1 202 555 0123}) to E.164 so the same citizen is recognised on every
 * channel. Numbers without an international prefix are read in the default region (GB unless configured).
 */
public final class PhoneNumberNormaliser {

    /** Words PBXs and exports put in the number field when the caller withheld it. */
    private static final Set<String> WITHHELD_MARKERS = Set.of(
            "anonymous", "withheld", "number withheld", "unavailable", "restricted", "private", "unknown");

    /**
     * Ofcom reserves these ranges for drama and training; libphonenumber reports them as unallocated, but they are
     * what demos and test data use, so they are accepted rather than quarantined.
     */
    private static final List<String> OFCOM_DRAMA_PREFIXES = List.of("+447700900", "+441632960");

    private final PhoneNumberUtil util = PhoneNumberUtil.getInstance();
    private final String defaultRegion;

    /** A normaliser for UK councils: numbers without a country code are British. */
    public PhoneNumberNormaliser() {
        this("GB");
    }

    /** @param defaultRegion ISO 3166 region used for numbers written without a country code */
    public PhoneNumberNormaliser(String defaultRegion) {
        this.defaultRegion = defaultRegion;
    }

    /** Classifies and normalises one caller number field; never throws. */
    public CallerNumber normalise(String raw) {
        String text = raw == null ? "" : raw.strip();
        if (text.isEmpty() || WITHHELD_MARKERS.contains(text.toLowerCase(Locale.ROOT))) {
            return new CallerNumber.Withheld();
        }
        PhoneNumber number;
        try {
            number = util.parse(text, defaultRegion);
        } catch (NumberParseException e) {
            return new CallerNumber.Invalid("not a phone number: '" + text + "'");
        }
        String e164 = util.format(number, PhoneNumberFormat.E164);
        if (util.isValidNumber(number) || OFCOM_DRAMA_PREFIXES.stream().anyMatch(p -> isInRange(e164, p))) {
            return new CallerNumber.Known(e164);
        }
        return new CallerNumber.Invalid("invalid phone number: '" + text + "'");
    }

    private static boolean isInRange(String e164, String prefix) {
        // Every Ofcom drama number is prefix plus three digits.
        return e164.startsWith(prefix) && e164.length() == prefix.length() + 3;
    }
}
