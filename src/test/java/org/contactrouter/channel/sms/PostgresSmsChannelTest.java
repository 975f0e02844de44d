package org.contactrouter.channel.sms;

import org.contactrouter.EmbeddedPostgresDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Text messages in and out through GOV.UK Notify on PostgreSQL, the production database. */
class PostgresSmsChannelTest extends SmsChannelTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgresDatabase.register(registry);
    }
}
