package org.contactrouter;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.contactrouter.contact.Channel;
import org.contactrouter.contact.Contact;
import org.contactrouter.casework.CaseActions;
import org.contactrouter.intake.IntakeService;
import org.contactrouter.officer.OfficerAccounts;
import org.contactrouter.officer.OfficerDirectory;
import org.contactrouter.officer.Role;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Base of tests that run the whole application in-process: embedded Artemis and an H2 file database in a fresh
 * directory under target/. Subclasses share one application context.
 */
@SpringBootTest
@AutoConfigureMockMvc
public abstract class ApplicationTest {

    protected static final String OFFICER = "tester";
    protected static final String PASSWORD = "test-password";
    protected static final Duration WAIT = Duration.ofSeconds(20);

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        // Created once: the supplier is called on every lookup of ccr.data-dir and of the settings built on it.
        String directory = TestDataDirectory.create("app").toString();
        registry.add("ccr.data-dir", () -> directory);
    }

    @Autowired
    protected MockMvc mvc;
    @Autowired
    protected JdbcClient jdbc;
    @Autowired
    private OfficerAccounts accounts;
    @Autowired
    private PasswordEncoder encoder;
    @Autowired
    private OfficerDirectory directory;
    @Autowired
    private IntakeService intake;
    @Autowired
    private CaseActions caseActions;
    /** Replies, history and page of a case, by reference. */
    protected CaseRecords records;
    /** PASSWORD as stored, hashed once per test: hashing is slow on purpose. */
    private String passwordHash;

    @BeforeEach
    void caseRecords() {
        records = new CaseRecords(jdbc, mvc);
    }

    @BeforeEach
    void officerAccount() {
        passwordHash = encoder.encode(PASSWORD);
        accounts.save(OFFICER, "Test Officer", Role.OFFICER, passwordHash, Instant.now());
    }

    /**
     * The prefix and a random part: the tests of one context share its database and queue, so each test's service
     * areas and officers need names of their own.
     */
    protected static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /**
     * A new officer who signs in with PASSWORD and takes cases of these channels (up to each one's capacity), service
     * areas and languages.
     */
    protected String officer(String prefix, Map<Channel, Integer> capacities, Set<String> areas, Set<String> languages) {
        String username = account(prefix, Role.OFFICER);
        directory.saveSkills(username, capacities, areas, languages);
        return username;
    }

    /** A new member of staff in the role, who signs in with PASSWORD. */
    protected String account(String prefix, Role role) {
        String username = unique(prefix);
        accounts.save(username, "Staff " + username, role, passwordHash, Instant.now());
        return username;
    }

    /** Opens a case from the contact, in the area: set directly, as a test's own area is in no classification rule. */
    protected String openCaseIn(String area, Contact contact) {
        String reference = intake.accept(contact).reference();
        jdbc.sql("update cases set service_area = :a where reference = :r").param("a", area).param("r", reference)
                .update();
        return reference;
    }

    /** Hands the case to the officer as a supervisor would, so that they hold it and may answer it. */
    protected void transferTo(String username, String reference) {
        caseActions.transferToOfficer(new CaseActions.Actor("test-supervisor", true), reference, username);
    }

    /** A number in Ofcom's drama range that no citizen in this test database has yet. */
    protected String unusedDramaNumber() {
        while (true) {
            String number = "+447700900" + String.format("%03d", java.util.concurrent.ThreadLocalRandom.current()
                    .nextInt(1000));
            if (jdbc.sql("select count(*) from citizen_identity where identity_value = :v").param("v", number)
                    .query(Long.class).single() == 0) {
                return number;
            }
        }
    }

    protected void awaitCase(String reference) {
        await().atMost(WAIT).until(() -> jdbc.sql("select count(*) from cases where reference = :r")
                .param("r", reference).query(Long.class).single() == 1);
    }

    protected long contactsOn(String reference) {
        return jdbc.sql("select count(*) from contact m join cases c on c.id = m.case_id where c.reference = :r")
                .param("r", reference).query(Long.class).single();
    }

    protected String caseColumn(String reference, String column) {
        return jdbc.sql("select " + column + " from cases where reference = :r").param("r", reference)
                .query((rs, row) -> rs.getString(1)).list().get(0);
    }
}
