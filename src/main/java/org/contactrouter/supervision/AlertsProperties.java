package org.contactrouter.supervision;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Supervisor alerts ({@code ccr.alerts} in config/application.yml): SLA breaches, and optionally warnings, sent by
 * email through the email channel's SMTP server and to an incoming webhook (Teams, Slack). Off by default. When on,
 * the settings are checked at start-up and every problem is reported at once, each naming its key.
 *
 * @param enabled          whether alerts are collected and sent
 * @param includeWarnings  also send at-risk warnings, not only breaches
 * @param digestWindow     0: each alert on its own; otherwise alerts are gathered for this long after the first
 *                         and sent as one message (against alert storms)
 * @param maxAttempts      attempts to deliver a notification before it is marked FAILED
 * @param retryDelay       first wait before a failed notification is tried again; it doubles up to 10 minutes
 * @param dashboardUrl     the link the messages carry
 * @param queue            the durable queue notifications wait on until sent ({@code alerts.out})
 * @param email            the email target
 * @param webhook          the webhook target
 */
@ConfigurationProperties("ccr.alerts")
public record AlertsProperties(boolean enabled, boolean includeWarnings, Duration digestWindow, int maxAttempts,
                               Duration retryDelay, String dashboardUrl, String queue, Email email, Webhook webhook) {

    static final String PREFIX = "ccr.alerts.";

    public AlertsProperties {
        digestWindow = digestWindow == null ? Duration.ZERO : digestWindow;
        retryDelay = retryDelay == null ? Duration.ofSeconds(5) : retryDelay;
        queue = queue == null || queue.isBlank() ? "alerts.out" : queue.trim();
        email = email == null ? new Email(false, List.of(), null, null) : email;
        webhook = webhook == null ? new Webhook(null, null) : webhook;
        if (enabled) {
            List<String> problems = new ArrayList<>();
            if (!email.enabled() && !webhook.enabled()) {
                problems.add(PREFIX + "email.enabled or " + PREFIX + "webhook.url: alerts are on but go nowhere");
            }
            if (digestWindow.isNegative()) {
                problems.add(PREFIX + "digest-window must not be negative (0 sends each alert on its own)");
            }
            if (maxAttempts < 1) {
                problems.add(PREFIX + "max-attempts must be at least 1");
            }
            if (retryDelay.isNegative() || retryDelay.isZero()) {
                problems.add(PREFIX + "retry-delay must be positive");
            }
            email.check(problems);
            webhook.check(problems);
            if (!problems.isEmpty()) {
                throw new IllegalArgumentException("Supervisor alert settings are wrong: " + String.join("; ", problems));
            }
        }
    }

    /**
     * @param enabled    send alerts by email (through {@code ccr.channels.email.smtp})
     * @param recipients supervisors' addresses
     * @param from       the sender address
     * @param subjectPrefix put before every subject, e.g. "[Contact centre]"
     */
    public record Email(boolean enabled, List<String> recipients, String from, String subjectPrefix) {

        public Email {
            recipients = recipients == null ? List.of()
                    : recipients.stream().filter(r -> r != null && !r.isBlank()).map(String::trim).toList();
            subjectPrefix = subjectPrefix == null ? "" : subjectPrefix;
        }

        private void check(List<String> problems) {
            if (!enabled) {
                return;
            }
            if (recipients.isEmpty()) {
                problems.add(PREFIX + "email.recipients is empty: name the supervisors to tell");
            }
            recipients.forEach(r -> checkAddress(r, PREFIX + "email.recipients", problems));
            if (from == null || from.isBlank()) {
                problems.add(PREFIX + "email.from is missing");
            } else {
                checkAddress(from, PREFIX + "email.from", problems);
            }
        }
    }

    /**
     * @param url     the incoming webhook's address; empty means no webhook. It holds a secret: set it through the
     *                environment, and it is never written to logs or error messages
     * @param timeout connect and answer timeout
     */
    public record Webhook(String url, Duration timeout) {

        public Webhook {
            url = url == null || url.isBlank() ? null : url.trim();
            timeout = timeout == null ? Duration.ofSeconds(10) : timeout;
        }

        public boolean enabled() {
            return url != null;
        }

        private void check(List<String> problems) {
            if (url == null) {
                return;
            }
            try {
                URI uri = URI.create(url);
                if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme()) || uri.getHost() == null) {
                    problems.add(PREFIX + "webhook.url must be an http(s) address");
                }
            } catch (IllegalArgumentException e) {
                problems.add(PREFIX + "webhook.url is not an address");
            }
        }
    }

    private static void checkAddress(String address, String key, List<String> problems) {
        try {
            new InternetAddress(address, true);
        } catch (AddressException e) {
            problems.add(key + ": '" + address + "' is not an email address");
        }
    }
}
