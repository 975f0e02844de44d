package org.contactrouter.channel.notify;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.contactrouter.reply.ReplyKind;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * GOV.UK Notify's settings ({@code ccr.channels.notify} in config/application.yml), used when the email channel
 * sends through Notify ({@code ccr.channels.email.sender: notify}), by the text-message channel
 * ({@code ccr.channels.sms.enabled}) and by the letter channel ({@code ccr.channels.post.enabled}); checked then,
 * every problem reported at once.
 *
 * @param apiKey              the service's API key, from CCR_NOTIFY_API_KEY only
 * @param baseUrl             Notify's API address
 * @param emailReplyToId      the id of the reply-to address registered with Notify, or empty for the default
 * @param emailTemplates      the templates of each kind of email, by language
 * @param smsSenderId         the id of the text message sender registered with Notify (the council's inbound number,
 *                            so that the citizen can text back), or empty for the service's default
 * @param smsTemplates        the templates of each kind of text message, by language
 * @param letterTemplates     the letter template, by language: only {@code reply}, as letters are never sent as
 *                            automatic acknowledgements (each costs postage)
 * @param statusPollInterval  how often the delivery status of sent messages is asked for
 * @param statusChecksPerPoll most notifications asked about in one poll
 * @param connectTimeout      longest wait to connect to Notify
 * @param readTimeout         longest wait for Notify's answer, so that a Notify that stops answering never holds a
 *                            queue's consumer
 */
@ConfigurationProperties("ccr.channels.notify")
public record NotifyProperties(String apiKey, String baseUrl, String emailReplyToId, Templates emailTemplates,
                               String smsSenderId, Templates smsTemplates, Templates letterTemplates,
                               Duration statusPollInterval,
                               int statusChecksPerPoll, Duration connectTimeout, Duration readTimeout) {

    static final String PREFIX = "ccr.channels.notify.";
    static final String DEFAULT_LANGUAGE = "en";
    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
    /** "{key name}-{service id}-{secret}", as Notify issues them; the client reads the service id and the secret. */
    private static final Pattern API_KEY = Pattern.compile(".+-" + UUID + "-" + UUID);
    private static final Pattern TEMPLATE_ID = Pattern.compile(UUID);

    public NotifyProperties {
        apiKey = apiKey == null ? "" : apiKey.strip();
        emailReplyToId = emailReplyToId == null || emailReplyToId.isBlank() ? null : emailReplyToId.strip();
        emailTemplates = emailTemplates == null ? new Templates(Map.of(), Map.of()) : emailTemplates;
        smsSenderId = smsSenderId == null || smsSenderId.isBlank() ? null : smsSenderId.strip();
        smsTemplates = smsTemplates == null ? new Templates(Map.of(), Map.of()) : smsTemplates;
        letterTemplates = letterTemplates == null ? new Templates(Map.of(), Map.of()) : letterTemplates;
        statusPollInterval = statusPollInterval == null ? Duration.ofMinutes(1) : statusPollInterval;
        statusChecksPerPoll = statusChecksPerPoll <= 0 ? 50 : statusChecksPerPoll;
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(10) : connectTimeout;
        readTimeout = readTimeout == null ? Duration.ofSeconds(30) : readTimeout;
    }

    /**
     * The templates of one kind of message (email, text) registered with Notify, each by language ("en" required,
     * "cy" for Welsh-language cases).
     *
     * @param acknowledgement the automatic acknowledgement of a new case
     * @param reply           an officer's reply, and notices such as a deadline extended
     */
    public record Templates(Map<String, String> acknowledgement, Map<String, String> reply) {

        public Templates {
            acknowledgement = acknowledgement == null ? Map.of() : Map.copyOf(acknowledgement);
            reply = reply == null ? Map.of() : Map.copyOf(reply);
        }

        /** The language an email of the kind goes out in: the case's when it has a template, else English. */
        public String languageOf(ReplyKind kind, String language) {
            String template = language == null ? null : ofKind(kind).get(language);
            return template == null || template.isBlank() ? DEFAULT_LANGUAGE : language;
        }

        /** The template for the kind in the language, the English one when the language has none. */
        public String templateFor(ReplyKind kind, String language) {
            return ofKind(kind).get(languageOf(kind, language));
        }

        private Map<String, String> ofKind(ReplyKind kind) {
            return kind == ReplyKind.ACKNOWLEDGEMENT ? acknowledgement : reply;
        }
    }

    /**
     * @param email whether the email channel sends through Notify, so that its templates are needed
     * @param sms   whether the text-message channel is on, so that its templates are needed
     * @param post  whether the letter channel is on, so that its template is needed
     * @throws IllegalArgumentException naming every setting that is missing or malformed
     */
    void requireComplete(boolean email, boolean sms, boolean post) {
        List<String> problems = new ArrayList<>();
        if (!API_KEY.matcher(apiKey).matches()) {
            // The key itself is never repeated: it is a secret.
            problems.add("CCR_NOTIFY_API_KEY (" + PREFIX + "api-key) must be set to the API key Notify issued,"
                    + " \"{key name}-{service id}-{secret}\"");
        }
        if (baseUrl == null || !baseUrl.matches("https?://\\S+")) {
            problems.add(PREFIX + "base-url must be an http(s) address, not " + baseUrl);
        }
        if (email) {
            checkTemplates("email-templates", "acknowledgement", emailTemplates.acknowledgement(), problems);
            checkTemplates("email-templates", "reply", emailTemplates.reply(), problems);
        }
        if (sms) {
            checkTemplates("sms-templates", "acknowledgement", smsTemplates.acknowledgement(), problems);
            checkTemplates("sms-templates", "reply", smsTemplates.reply(), problems);
        }
        if (post) {
            checkTemplates("letter-templates", "reply", letterTemplates.reply(), problems);
        }
        if (statusPollInterval.isNegative() || statusPollInterval.isZero()) {
            problems.add(PREFIX + "status-poll-interval must be positive");
        }
        if (connectTimeout.isNegative() || connectTimeout.isZero() || readTimeout.isNegative() || readTimeout.isZero()) {
            problems.add(PREFIX + "connect-timeout and read-timeout must be positive");
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(users(email, sms, post) + " through GOV.UK Notify but its settings"
                    + " are incomplete:\n - " + String.join("\n - ", problems));
        }
    }

    /** "The email channel sends", "The email and letter channels send" ... */
    private static String users(boolean email, boolean sms, boolean post) {
        List<String> channels = new ArrayList<>();
        if (email) {
            channels.add("email");
        }
        if (sms) {
            channels.add("text-message");
        }
        if (post) {
            channels.add("letter");
        }
        if (channels.size() == 1) {
            return "The " + channels.get(0) + " channel sends";
        }
        String last = channels.remove(channels.size() - 1);
        return "The " + String.join(", ", channels) + " and " + last + " channels send";
    }

    private static void checkTemplates(String group, String kind, Map<String, String> byLanguage,
                                       List<String> problems) {
        String at = PREFIX + group + "." + kind + ".";
        if (byLanguage.get(DEFAULT_LANGUAGE) == null || byLanguage.get(DEFAULT_LANGUAGE).isBlank()) {
            problems.add(at + DEFAULT_LANGUAGE + " is missing: the id of the " + kind + " template in Notify");
        }
        byLanguage.forEach((language, id) -> {
            if (id != null && !id.isBlank() && !TEMPLATE_ID.matcher(id.strip()).matches()) {
                problems.add(at + language + " must be a Notify template id (a UUID), not " + id);
            }
        });
    }
}
