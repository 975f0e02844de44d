package org.contactrouter.officer;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * In the demo profile only, creates the officers listed in config/officers.yml with their skills, all with the demo
 * password and available, so that a fresh clone can be tried at once. Never active in production.
 */
@Component
@Profile("demo")
public class DemoOfficers implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoOfficers.class);

    private final OfficerAccounts accounts;
    private final OfficerDirectory directory;
    private final PasswordEncoder encoder;
    private final Clock clock;
    private final Path officersFile;
    private final String password;

    public DemoOfficers(OfficerAccounts accounts, OfficerDirectory directory, PasswordEncoder encoder, Clock clock,
                        @Value("${ccr.officers-file:config/officers.yml}") Path officersFile,
                        @Value("${ccr.demo.password}") String password) {
        this.accounts = accounts;
        this.directory = directory;
        this.encoder = encoder;
        this.clock = clock;
        this.officersFile = officersFile;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        String hash = encoder.encode(password);
        List<OfficersFile.OfficerSpec> officers = OfficersFile.load(officersFile);
        for (OfficersFile.OfficerSpec officer : officers) {
            accounts.save(officer.username(), officer.name(), officer.role(), hash, clock.instant());
            directory.saveSkills(officer.username(), officer.capacities(), officer.serviceAreas(), officer.languages());
            directory.setPresence(officer.username(), Presence.AVAILABLE, clock.instant());
        }
        log.info("Demo profile: {} demo staff accounts ready (see README for the password)", officers.size());
    }
}
