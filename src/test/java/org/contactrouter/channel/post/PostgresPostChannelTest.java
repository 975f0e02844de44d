package org.contactrouter.channel.post;

import org.contactrouter.EmbeddedPostgresDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Letters in from the post room and out through GOV.UK Notify on PostgreSQL, the production database. */
class PostgresPostChannelTest extends PostChannelTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgresDatabase.register(registry);
    }
}
