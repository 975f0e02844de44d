package org.contactrouter.channel.post;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A UK postcode, written as Royal Mail prints it: upper case, one space before the inward code ("SW1A 1AA"), so
 * that "sw1a1aa" and "SW1A  1AA" are the same postcode and GOV.UK Notify, which refuses a letter whose last address
 * line is not a real UK postcode, is given one it can read.
 *
 * <p>The pattern is the standard one for the format (outward code: area letters and district; inward code: sector
 * digit and unit letters, which never use C, I, K, M, O or V), plus GIR 0AA. It checks the form, not that Royal
 * Mail has issued the postcode. British Forces (BFPO) addresses are not taken: the post room sends those on by hand.
 */
public final class UkPostcode {

    private static final Pattern FORMAT = Pattern.compile("GIR 0AA|(?:[A-PR-UWYZ](?:[0-9]{1,2}|[A-HK-Y][0-9]{1,2}"
            + "|[0-9][A-HJKPSTUW]|[A-HK-Y][0-9][ABEHMNPRVWXY])) [0-9][ABD-HJLNP-UW-Z]{2}");
    private static final int INWARD_LENGTH = 3;

    private UkPostcode() {
    }

    /** The postcode written the standard way, or empty when the text is not a UK postcode. */
    public static Optional<String> normalise(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String compact = text.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        if (compact.length() <= INWARD_LENGTH) {
            return Optional.empty();
        }
        String written = compact.substring(0, compact.length() - INWARD_LENGTH) + " "
                + compact.substring(compact.length() - INWARD_LENGTH);
        return FORMAT.matcher(written).matches() ? Optional.of(written) : Optional.empty();
    }
}
