package org.contactrouter.channel.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.contactrouter.channel.phone.CallerNumber;
import org.contactrouter.channel.phone.PhoneNumberNormaliser;

/**
 * The checks every web submission passes, with messages written for the citizen (GOV.UK error message style): the
 * contact page shows them next to the fields, the JSON API and Open311 return them with the field name.
 */
public final class SubmissionRules {

    public static final int MAX_MESSAGE_LENGTH = 5000;
    static final Set<String> LANGUAGES = Set.of("en", "cy");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");
    private static final PhoneNumberNormaliser PHONE_NUMBERS = new PhoneNumberNormaliser();

    private SubmissionRules() {
    }

    /** The number in E.164 (UK numbers may be written nationally), or empty when it is not a phone number. */
    public static Optional<String> normalisedPhone(String phone) {
        return PHONE_NUMBERS.normalise(phone) instanceof CallerNumber.Known known
                ? Optional.of(known.e164()) : Optional.empty();
    }

    /**
     * A problem with one field.
     *
     * @param message     what to tell the citizen, in English (the JSON API and Open311 answer in English)
     * @param messageCode the key of its Welsh in messages_cy.properties, for the contact page in Welsh; null for a
     *                    problem only the API reports
     * @param arguments   what the Welsh message quotes
     */
    public record Problem(String field, String message, @JsonIgnore String messageCode,
                          @JsonIgnore List<Object> arguments) {

        /** A problem only the JSON API reports, never shown on the contact page. */
        public Problem(String field, String message) {
            this(field, message, null, List.of());
        }

        Problem(String field, String message, String messageCode) {
            this(field, message, messageCode, List.of());
        }
    }

    /**
     * @param replyAddressRequired whether the citizen must give an email address or phone number so the council can
     *                             answer (the contact page and JSON API); Open311 reports may be anonymous
     */
    public static List<Problem> check(String name, String email, String phone, String message, String language,
                                      boolean replyAddressRequired) {
        List<Problem> problems = new ArrayList<>();
        if (name != null && name.length() > 200) {
            problems.add(new Problem("name", "Name must be 200 characters or fewer", "error.name.tooLong"));
        }
        boolean hasEmail = email != null && !email.isBlank();
        boolean hasPhone = phone != null && !phone.isBlank();
        if (hasEmail && (email.length() > 254 || !EMAIL.matcher(email.trim()).matches())) {
            problems.add(new Problem("email", "Enter an email address in the correct format, like name@example.com",
                    "error.email.format"));
        }
        if (hasPhone && normalisedPhone(phone).isEmpty()) {
            problems.add(new Problem("phone", "Enter a telephone number, like 01632 960 001 or 07700 900 982",
                    "error.phone.format"));
        }
        if (replyAddressRequired && !hasEmail && !hasPhone) {
            problems.add(new Problem("email", "Enter an email address or a telephone number so we can reply to you",
                    "error.replyAddress.required"));
        }
        if (message == null || message.isBlank()) {
            problems.add(new Problem("message", "Enter your message", "error.message.required"));
        } else if (message.length() > MAX_MESSAGE_LENGTH) {
            problems.add(new Problem("message", "Your message must be " + MAX_MESSAGE_LENGTH + " characters or fewer",
                    "error.message.tooLong", List.of(String.valueOf(MAX_MESSAGE_LENGTH))));
        }
        if (language != null && !LANGUAGES.contains(language)) {
            problems.add(new Problem("language", "Choose English or Cymraeg", "error.language.choice"));
        }
        return problems;
    }
}
