package org.contactrouter.intake;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.contactrouter.EmbeddedPostgresDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The same pipeline tests against a real PostgreSQL, the production database, started by the test itself. */
class PostgresIntakePipelineTest extends IntakePipelineTest {

    @Test
    void theAuditLogRefusesChangesOnPostgres() {
        jdbc.sql("insert into audit_log (occurred_at, actor, action, detail) values (current_timestamp, 'test', 'X', 'y')")
                .update();
        assertThatThrownBy(() -> jdbc.sql("update audit_log set detail = 'changed'").update())
                .hasStackTraceContaining("audit_log is append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_log").update())
                .hasStackTraceContaining("audit_log is append-only");
    }

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgresDatabase.register(registry);
    }
}
