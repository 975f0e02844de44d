package org.contactrouter;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;

import org.contactrouter.officer.OfficerAccounts;
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

    @BeforeEach
    void officerAccount() {
        accounts.save(OFFICER, "Test Officer", Role.OFFICER, encoder.encode(PASSWORD), Instant.now());
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
