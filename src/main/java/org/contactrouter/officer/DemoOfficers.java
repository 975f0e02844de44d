package org.contactrouter.officer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * In the demo profile only, creates the officers listed in config/officers.yml, all with the demo password, so that
 * a fresh clone can be tried at once. Never active in production.
 */
@Component
@Profile("demo")
public class DemoOfficers implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoOfficers.class);

    private final OfficerAccounts accounts;
    private final PasswordEncoder encoder;
    private final Clock clock;
    private final Path officersFile;
    private final String password;

    public DemoOfficers(OfficerAccounts accounts, PasswordEncoder encoder, Clock clock,
                        @Value("${ccr.officers-file:config/officers.yml}") Path officersFile,
                        @Value("${ccr.demo.password}") String password) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.clock = clock;
        this.officersFile = officersFile;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        String hash = encoder.encode(password);
        List<Map<String, Object>> officers = read(officersFile);
        for (Map<String, Object> officer : officers) {
            String username = required(officer, "username");
            Role role = Role.valueOf(required(officer, "role").toUpperCase(java.util.Locale.ROOT));
            accounts.save(username, required(officer, "name"), role, hash, clock.instant());
        }
        log.info("Demo profile: {} demo staff accounts ready (see README for the password)", officers.size());
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            Map<String, Object> document = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            Object officers = document == null ? null : document.get("officers");
            if (!(officers instanceof List<?> list)) {
                throw new IllegalStateException(file + ": expected a list under 'officers'");
            }
            return (List<Map<String, Object>>) list;
        }
    }

    private String required(Map<String, Object> officer, String key) {
        Object value = officer.get(key);
        if (value == null || value.toString().isBlank()) {
            throw new IllegalStateException(officersFile + ": an officer has no '" + key + "': " + officer);
        }
        return value.toString();
    }
}
