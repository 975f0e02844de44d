package org.contactrouter.intake;

import org.contactrouter.EmbeddedPostgresDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The same pipeline tests against a real PostgreSQL, the production database, started by the test itself. */
class PostgresIntakePipelineTest extends IntakePipelineTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgresDatabase.register(registry);
    }
}
