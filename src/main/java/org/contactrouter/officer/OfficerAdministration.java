package org.contactrouter.officer;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.contactrouter.classification.Classifier;
import org.contactrouter.contact.Channel;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating and changing staff accounts and skills, for administrators (page and API share it). */
@Service
public class OfficerAdministration {

    static final int MIN_PASSWORD_LENGTH = 12;

    private final OfficerAccounts accounts;
    private final OfficerDirectory directory;
    private final PasswordEncoder encoder;
    private final Clock clock;
    /** Knows the council's service areas: an officer trained for an area no case can be in would never get work. */
    private final Classifier classifier;

    public OfficerAdministration(OfficerAccounts accounts, OfficerDirectory directory, PasswordEncoder encoder,
                                 Clock clock, Classifier classifier) {
        this.classifier = classifier;
        this.accounts = accounts;
        this.directory = directory;
        this.encoder = encoder;
        this.clock = clock;
    }

    /** What an administrator sends; channels maps a channel key to a capacity. */
    public record OfficerChange(String name, String role, Map<String, Integer> channels, List<String> serviceAreas,
                                List<String> languages, String password) {
    }

    /** One reason a change cannot be made, and the form field it is about (the page links the message to it). */
    public record Problem(String field, String message) {
    }

    /** A change that cannot be made, with every reason. */
    public static class InvalidOfficer extends RuntimeException {
        private final List<Problem> problems;

        public InvalidOfficer(List<Problem> problems) {
            super(String.join("; ", problems.stream().map(Problem::message).toList()));
            this.problems = List.copyOf(problems);
        }

        public List<Problem> problems() {
            return problems;
        }

        /** The messages alone, in order, as the API gives them. */
        public List<String> messages() {
            return problems.stream().map(Problem::message).toList();
        }
    }

    /** Creates the officer, or updates them; a new officer needs a password. */
    @Transactional
    public Officer save(String username, OfficerChange change) {
        List<Problem> problems = new ArrayList<>();
        if (username == null || !username.matches("[a-z0-9._@-]{2,100}")) {
            // '@' allowed: with single sign-on the username is the council account, e.g. alice@council.gov.uk
            problems.add(new Problem("username", "Username must be 2 to 100 lower-case letters, digits, dots, dashes, underscores or @"));
        }
        if (change.name() == null || change.name().isBlank() || change.name().length() > 200) {
            problems.add(new Problem("name", "Full name must be 1 to 200 characters"));
        }
        Role role = null;
        try {
            role = Role.valueOf(String.valueOf(change.role()).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(new Problem("role", "Role must be OFFICER, SUPERVISOR or ADMIN"));
        }
        Map<Channel, Integer> capacities = new EnumMap<>(Channel.class);
        (change.channels() == null ? Map.<String, Integer>of() : change.channels()).forEach((key, capacity) -> {
            try {
                Channel channel = Channel.fromKey(key);
                if (capacity == null || capacity < 1 || capacity > 50) {
                    problems.add(new Problem("capacity-" + channel.key(), "Capacity for " + key + " must be from 1 to 50"));
                } else {
                    capacities.put(channel, capacity);
                }
            } catch (IllegalArgumentException e) {
                problems.add(new Problem("capacity-" + key, "'" + key + "' is not a channel (phone, email, web, social)"));
            }
        });
        Set<String> areas = lowerCase(change.serviceAreas() == null ? List.of() : change.serviceAreas());
        List<String> unknownAreas = areas.stream().filter(a -> !classifier.serviceAreas().contains(a)).toList();
        if (!unknownAreas.isEmpty()) {
            problems.add(new Problem("serviceAreas", "There is no service area " + String.join(", ", unknownAreas)
                    + ": use " + String.join(", ", classifier.serviceAreas())));
        }
        Set<String> languages = lowerCase(change.languages() == null ? List.of("en") : change.languages());
        if (!Set.of("en", "cy").containsAll(languages)) {
            problems.add(new Problem("languages", "Languages must be en and/or cy"));
        }
        boolean exists = username != null && directory.find(username).isPresent();
        if (!exists && (change.password() == null || change.password().length() < MIN_PASSWORD_LENGTH)) {
            problems.add(new Problem("password", "A new officer needs a password of at least " + MIN_PASSWORD_LENGTH + " characters"));
        }
        if (change.password() != null && !change.password().isEmpty() && change.password().length() < MIN_PASSWORD_LENGTH) {
            problems.add(new Problem("password", "A password must be at least " + MIN_PASSWORD_LENGTH + " characters"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidOfficer(problems);
        }
        String hash = change.password() == null || change.password().isEmpty()
                ? accounts.passwordHashOf(username) : encoder.encode(change.password());
        accounts.save(username, change.name().trim(), role, hash, clock.instant());
        directory.saveSkills(username, capacities, areas, languages);
        return directory.find(username).orElseThrow();
    }

    private static Set<String> lowerCase(List<String> values) {
        Set<String> result = new LinkedHashSet<>();
        values.stream().filter(v -> v != null && !v.isBlank()).forEach(v -> result.add(v.trim().toLowerCase(Locale.ROOT)));
        return result;
    }
}
