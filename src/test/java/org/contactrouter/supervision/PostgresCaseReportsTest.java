package org.contactrouter.supervision;

import org.contactrouter.EmbeddedPostgresDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The supervisors' reports (cases CSV, monthly attainment, Welsh against English) on PostgreSQL. */
class PostgresCaseReportsTest extends CaseReportsTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgresDatabase.register(registry);
    }
}
