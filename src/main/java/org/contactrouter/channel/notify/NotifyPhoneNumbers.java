package org.contactrouter.channel.notify;

import java.util.Optional;

import org.contactrouter.channel.phone.CallerNumber;
import org.contactrouter.channel.phone.PhoneNumberNormaliser;

/**
 * Phone numbers as GOV.UK Notify writes them (a received text's sender "447700900123", a notification's recipient as
 * it was sent), in E.164 like every number here, so that they match the citizen's identities.
 */
public final class NotifyPhoneNumbers {

    private static final PhoneNumberNormaliser NUMBERS = new PhoneNumberNormaliser();

    private NotifyPhoneNumbers() {
    }

    /** The number in E.164, or empty when it is not a phone number (a short code, a sender name). */
    public static Optional<String> e164(String raw) {
        String text = raw == null ? "" : raw.strip();
        // Notify leaves out the '+': digits that do not start with a trunk '0' are international.
        String international = text.matches("[1-9]\\d{6,14}") ? "+" + text : text;
        return NUMBERS.normalise(international) instanceof CallerNumber.Known known
                ? Optional.of(known.e164()) : Optional.empty();
    }
}
