package org.contactrouter.caseload;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.contactrouter.channel.phone.CallerNumber;
import org.contactrouter.channel.phone.PhoneNumberNormaliser;
import org.contactrouter.channel.post.UkPostcode;
import org.contactrouter.contact.Identity;

/**
 * What an officer typed into the search box, understood: a case reference (also as read out on the phone, "cr 2026
 * 000123"), an email address, a phone number in any format, a social handle, a postcode (the letters written from
 * it), or words to look for in names, subjects and messages.
 */
public sealed interface SearchTerm permits SearchTerm.ByReference, SearchTerm.ByIdentity, SearchTerm.ByHandle,
        SearchTerm.ByPostcode, SearchTerm.ByText {

    /** A reference with its separators spoken or typed differently: "CR-2026-000123", "cr 2026 123", "CR2026000123". */
    Pattern READ_OUT_REFERENCE = Pattern.compile("CR(\\d{4})(\\d{1,12})");
    Pattern EMAIL = Pattern.compile("[^\\s@]+@[^\\s@]+\\.[^\\s@]+");
    Pattern PHONE_LIKE = Pattern.compile("\\+?[\\d\\s().-]+");
    Pattern HANDLE = Pattern.compile("@[\\w.-]+");
    /** Fewer digits than this is a house number or a year, not a phone number. */
    int PHONE_MIN_DIGITS = 7;

    record ByReference(CaseReference reference) implements SearchTerm {
    }

    /** An email address or an E.164 phone number, matched exactly against the identities citizens wrote from. */
    record ByIdentity(Identity identity) implements SearchTerm {
    }

    /** A handle on any social network, without its '@'. */
    record ByHandle(String handle) implements SearchTerm {
    }

    /** A UK postcode as Royal Mail writes it ("CF10 4UW"): the citizens who wrote from an address there. */
    record ByPostcode(String postcode) implements SearchTerm {
    }

    /** Words that must all appear in the citizen's name, the case's subject or one of its messages. */
    record ByText(String text) implements SearchTerm {
    }

    /** Empty when nothing searchable was typed. */
    static Optional<SearchTerm> parse(String typed, PhoneNumberNormaliser phones) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Matcher reference = READ_OUT_REFERENCE.matcher(text.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", ""));
        if (reference.matches()) {
            int year = Integer.parseInt(reference.group(1));
            long number = Long.parseLong(reference.group(2));
            if (year >= 2000 && number > 0) {
                return Optional.of(new ByReference(new CaseReference(year, number)));
            }
        }
        if (EMAIL.matcher(text).matches()) {
            return Optional.of(new ByIdentity(Identity.email(text)));
        }
        if (HANDLE.matcher(text).matches()) {
            return Optional.of(new ByHandle(text.substring(1).toLowerCase(Locale.ROOT)));
        }
        if (PHONE_LIKE.matcher(text).matches() && text.replaceAll("\\D", "").length() >= PHONE_MIN_DIGITS
                && phones.normalise(text) instanceof CallerNumber.Known known) {
            return Optional.of(new ByIdentity(Identity.phone(known.e164())));
        }
        Optional<String> postcode = UkPostcode.normalise(text);
        if (postcode.isPresent()) {
            return Optional.of(new ByPostcode(postcode.get()));
        }
        return Optional.of(new ByText(text));
    }
}
