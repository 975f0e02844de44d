package org.contactrouter.routing;

import org.contactrouter.EmbeddedPostgresDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The shared queue's guarantees (no case given twice, capacity, ordering) on PostgreSQL, the production database. */
class PostgresSharedQueueTest extends SharedQueueTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgresDatabase.register(registry);
    }
}
