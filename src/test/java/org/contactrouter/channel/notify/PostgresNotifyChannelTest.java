package org.contactrouter.channel.notify;

import org.contactrouter.EmbeddedPostgresDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Sending through GOV.UK Notify and reading its delivery status back on PostgreSQL, the production database. */
class PostgresNotifyChannelTest extends NotifyChannelTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgresDatabase.register(registry);
    }
}
