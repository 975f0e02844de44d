package org.contactrouter.channel.sms;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The text-message channel ({@code ccr.channels.sms} in config/application.yml): texts to the council's GOV.UK
 * Notify inbound number become contacts, and the cases they open are answered by text. Notify's own settings (API
 * key, templates, sender) are in {@code ccr.channels.notify}.
 *
 * @param enabled         off by default: it needs a Notify service that can receive text messages
 * @param pollInterval    how often Notify is asked for texts received since the last one read
 * @param acknowledgement what the acknowledgement text promises, by language ("en" required, "cy" for Welsh
 *                        cases); a statutory case is promised its own deadline instead
 */
@ConfigurationProperties("ccr.channels.sms")
public record SmsChannelProperties(boolean enabled, Duration pollInterval, Map<String, String> acknowledgement) {

    static final String PREFIX = "ccr.channels.sms.";

    public SmsChannelProperties {
        pollInterval = pollInterval == null ? Duration.ofSeconds(30) : pollInterval;
        acknowledgement = acknowledgement == null ? Map.of() : Map.copyOf(acknowledgement);
    }

    /** What the acknowledgement promises in the case's language, English when there is no wording for it. */
    String acknowledgementIn(String language) {
        String wording = language == null ? null : acknowledgement.get(language);
        return wording == null || wording.isBlank() ? acknowledgement.get("en") : wording;
    }

    /** @throws IllegalArgumentException naming every setting that is missing or wrong */
    void requireComplete() {
        List<String> problems = new ArrayList<>();
        if (pollInterval.isNegative() || pollInterval.isZero()) {
            problems.add(PREFIX + "poll-interval must be positive");
        }
        String english = acknowledgement.get("en");
        if (english == null || english.isBlank()) {
            problems.add(PREFIX + "acknowledgement.en is missing: what the acknowledgement text promises");
        }
        acknowledgement.forEach((language, wording) -> {
            if (wording != null && SmsLength.of(wording).tooLong()) {
                problems.add(PREFIX + "acknowledgement." + language + " is longer than a text message can be ("
                        + SmsLength.MAX_CHARACTERS + " characters)");
            }
        });
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("The text-message channel is enabled but its settings are wrong:\n - "
                    + String.join("\n - ", problems));
        }
    }
}
