package org.contactrouter.channel.email;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import org.contactrouter.contact.Channel;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The email channel's settings ({@code ccr.channels.email} in config/application.yml). Checked at start-up only
 * when the channel is enabled, since a fresh clone has no mail server; every problem found is reported at once,
 * each naming its setting.
 *
 * @param enabled          whether mailboxes are polled and replies sent by SMTP
 * @param mailboxes        the IMAP mailboxes contacts are read from; the first also sends replies to web contacts
 * @param smtp             the server replies and acknowledgements are sent through
 * @param councilName      the council's name as citizens see it in emails
 * @param messageIdDomain  the domain of the Message-IDs the council's emails carry
 * @param templatesDir     where acknowledgement.txt/.html and reply.txt/.html live
 * @param attachments      which attachments are stored, and where
 * @param acknowledgements how acknowledgements are limited and what they promise
 */
@ConfigurationProperties("ccr.channels.email")
public record EmailChannelProperties(boolean enabled, List<MailboxSettings> mailboxes, Smtp smtp, String councilName,
                                     String messageIdDomain, Path templatesDir, Attachments attachments,
                                     Acknowledgements acknowledgements) {

    static final String PREFIX = "ccr.channels.email.";

    public EmailChannelProperties {
        mailboxes = mailboxes == null ? List.of() : List.copyOf(mailboxes);
        if (enabled) {
            List<String> problems = new ArrayList<>();
            checkMailboxes(mailboxes, problems);
            if (smtp == null) {
                problems.add(PREFIX + "smtp is missing: replies are sent through it");
            } else {
                smtp.check(problems);
            }
            requireText(councilName, PREFIX + "council-name", problems);
            requireText(messageIdDomain, PREFIX + "message-id-domain", problems);
            if (templatesDir == null) {
                problems.add(PREFIX + "templates-dir is missing");
            }
            if (attachments == null) {
                problems.add(PREFIX + "attachments is missing");
            } else {
                attachments.check(problems);
            }
            if (acknowledgements == null) {
                problems.add(PREFIX + "acknowledgements is missing");
            } else {
                acknowledgements.check(problems);
            }
            if (!problems.isEmpty()) {
                throw new IllegalArgumentException("The email channel is enabled but its settings are incomplete:\n - "
                        + String.join("\n - ", problems));
            }
        }
    }

    /** The mailbox a contact was read from, by its name; the first mailbox for anything else. */
    public MailboxSettings mailboxOrDefault(String name) {
        return mailboxes.stream().filter(m -> m.name().equals(name)).findFirst().orElse(mailboxes.get(0));
    }

    /**
     * One IMAP mailbox.
     *
     * @param name               short name, used as the contact's source and in the route id, e.g. "waste"
     * @param protocol           imap or imaps
     * @param host               the IMAP server
     * @param port               its port
     * @param username           login (from an environment variable)
     * @param password           password (from an environment variable)
     * @param folder             the folder polled, INBOX by default
     * @param address            the mailbox's email address: replies to its mail are sent from it
     * @param displayName        the name shown with that address
     * @param defaultServiceArea the service area suggested for its mail, or empty for a general mailbox
     * @param pollDelay          the pause between polls, 60 seconds by default
     */
    public record MailboxSettings(String name, String protocol, String host, Integer port, String username,
                                  String password, String folder, String address, String displayName,
                                  String defaultServiceArea, Duration pollDelay) {

        public MailboxSettings {
            protocol = protocol == null ? "imaps" : protocol.strip().toLowerCase(Locale.ROOT);
            password = password == null ? "" : password;
            folder = folder == null || folder.isBlank() ? "INBOX" : folder;
            defaultServiceArea = defaultServiceArea == null || defaultServiceArea.isBlank() ? null : defaultServiceArea;
            pollDelay = pollDelay == null ? Duration.ofSeconds(60) : pollDelay;
        }

        public Mailbox mailbox() {
            return new Mailbox(name, defaultServiceArea);
        }

        private void check(String at, List<String> problems) {
            if (name == null || !name.matches("[a-z0-9][a-z0-9-]*")) {
                problems.add(at + ".name must be lower-case letters, digits and dashes, e.g. \"waste\"");
            }
            if (!protocol.equals("imap") && !protocol.equals("imaps")) {
                problems.add(at + ".protocol must be imap or imaps, not " + protocol);
            }
            requireText(host, at + ".host", problems);
            checkPort(port, at + ".port", problems);
            requireText(username, at + ".username", problems);
            checkAddress(address, at + ".address", problems);
            if (pollDelay.isNegative() || pollDelay.isZero()) {
                problems.add(at + ".poll-delay must be positive");
            }
        }
    }

    /**
     * The SMTP server.
     *
     * @param host     the server
     * @param port     its port (587 with STARTTLS is usual)
     * @param username login, empty when the server needs none (from an environment variable)
     * @param password password (from an environment variable)
     * @param starttls whether to require STARTTLS
     * @param timeout  connect, read and write timeout, 20 seconds by default
     */
    public record Smtp(String host, Integer port, String username, String password, boolean starttls,
                       Duration timeout) {

        public Smtp {
            username = username == null || username.isBlank() ? null : username;
            password = password == null ? "" : password;
            timeout = timeout == null ? Duration.ofSeconds(20) : timeout;
        }

        /** A mail session for this server; replies and supervisor alerts both send through it. */
        public Session session() {
            String millis = Long.toString(timeout.toMillis());
            Properties properties = new Properties();
            properties.put("mail.transport.protocol", "smtp");
            properties.put("mail.smtp.host", host);
            properties.put("mail.smtp.port", port.toString());
            properties.put("mail.smtp.auth", Boolean.toString(username != null));
            properties.put("mail.smtp.starttls.enable", Boolean.toString(starttls));
            properties.put("mail.smtp.starttls.required", Boolean.toString(starttls));
            // Without timeouts a server that accepts the connection and then hangs would block the queue it serves.
            properties.put("mail.smtp.connectiontimeout", millis);
            properties.put("mail.smtp.timeout", millis);
            properties.put("mail.smtp.writetimeout", millis);
            return Session.getInstance(properties);
        }

        private void check(List<String> problems) {
            requireText(host, PREFIX + "smtp.host", problems);
            checkPort(port, PREFIX + "smtp.port", problems);
        }
    }

    /**
     * Attachments.
     *
     * @param directory    where stored files go
     * @param maxBytes     largest file stored; larger ones are refused and recorded on the case
     * @param maxCount     most files stored from one message
     * @param allowedTypes accepted types, e.g. application/pdf; image/* accepts a family
     */
    public record Attachments(Path directory, long maxBytes, int maxCount, Set<String> allowedTypes) {

        public Attachments {
            allowedTypes = allowedTypes == null ? Set.of() : Set.copyOf(allowedTypes);
        }

        public AttachmentPolicy policy() {
            return new AttachmentPolicy(maxBytes, allowedTypes, maxCount);
        }

        private void check(List<String> problems) {
            if (directory == null) {
                problems.add(PREFIX + "attachments.directory is missing");
            }
            if (maxBytes < 1) {
                problems.add(PREFIX + "attachments.max-bytes must be positive");
            }
            if (maxCount < 0) {
                problems.add(PREFIX + "attachments.max-count must not be negative");
            }
        }
    }

    /**
     * Acknowledgements.
     *
     * @param maxPerSender at most this many acknowledgements to one address ...
     * @param window       ... in any period this long
     * @param standard     per channel key (email, web): the response standard in plain words, as the
     *                     acknowledgement states it; a channel not listed gets no acknowledgement by email
     */
    public record Acknowledgements(int maxPerSender, Duration window, Map<String, String> standard) {

        public Acknowledgements {
            standard = standard == null ? Map.of() : Map.copyOf(standard);
        }

        /** The promise in the case's language ({@code standard.email-cy}), else the channel's own. */
        public String standardFor(Channel channel, String language) {
            String inLanguage = language == null ? null : standard.get(channel.key() + "-" + language);
            return inLanguage != null ? inLanguage : standard.get(channel.key());
        }

        private void check(List<String> problems) {
            if (maxPerSender < 1) {
                problems.add(PREFIX + "acknowledgements.max-per-sender must be at least 1");
            }
            if (window == null || window.isNegative() || window.isZero()) {
                problems.add(PREFIX + "acknowledgements.window must be positive, e.g. 1h");
            }
            if (standard.get(Channel.EMAIL.key()) == null || standard.get(Channel.EMAIL.key()).isBlank()) {
                problems.add(PREFIX + "acknowledgements.standard.email is missing: the acknowledgement states it");
            }
        }
    }

    private static void checkMailboxes(List<MailboxSettings> mailboxes, List<String> problems) {
        if (mailboxes.isEmpty()) {
            problems.add(PREFIX + "mailboxes must list at least one mailbox");
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < mailboxes.size(); i++) {
            MailboxSettings mailbox = mailboxes.get(i);
            mailbox.check(PREFIX + "mailboxes[" + i + "]", problems);
            if (mailbox.name() != null && !names.add(mailbox.name())) {
                problems.add(PREFIX + "mailboxes[" + i + "].name \"" + mailbox.name() + "\" is used twice");
            }
        }
    }

    private static void requireText(String value, String key, List<String> problems) {
        if (value == null || value.isBlank()) {
            problems.add(key + " is missing");
        }
    }

    private static void checkPort(Integer port, String key, List<String> problems) {
        if (port == null || port < 1 || port > 65_535) {
            problems.add(key + " must be a port number (1 to 65535)");
        }
    }

    private static void checkAddress(String address, String key, List<String> problems) {
        try {
            new InternetAddress(address == null ? "" : address, true);
        } catch (AddressException e) {
            problems.add(key + " must be an email address, e.g. contact@council.example");
        }
    }
}
