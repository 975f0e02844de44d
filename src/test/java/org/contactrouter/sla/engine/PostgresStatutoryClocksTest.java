package org.contactrouter.sla.engine;

import org.contactrouter.EmbeddedPostgresDatabase;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.DynamicPropertyRegistry;

/** The statutory case types, extensions, restarts, escalation and report on PostgreSQL, the production database. */
class PostgresStatutoryClocksTest extends StatutoryClocksTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgresDatabase.register(registry);
    }
}
