package org.contactrouter.channel.social;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Runs on H2 in PostgreSQL mode; {@link JdbcCheckpointStorePostgresTest} runs the same on PostgreSQL 14. */
class JdbcCheckpointStoreTest {

    private final DataSource dataSource = dataSource();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-14T09:00:00Z"));
    private final JdbcCheckpointStore store = new JdbcCheckpointStore(dataSource, clock);

    DataSource dataSource() {
        return TestDatabase.migratedH2();
    }

    @Test
    void loadsNothingForAnUnknownKey() {
        assertThat(store.load("social.twitter")).isEmpty();
    }

    @Test
    void savesThenReplacesAValueAndStampsIt() {
        store.save("social.twitter", "mentions=1;dm=0");
        clock.advance(Duration.ofMinutes(5));
        store.save("social.twitter", "mentions=7;dm=3");
        store.save("social.bluesky", "other");

        assertThat(store.load("social.twitter")).contains("mentions=7;dm=3");
        assertThat(store.load("social.bluesky")).contains("other");
        OffsetDateTime stamped = JdbcClient.create(dataSource)
                .sql("select updated_at from channel_checkpoint where checkpoint_key = 'social.twitter'")
                .query(OffsetDateTime.class).single();
        assertThat(stamped.toInstant()).isEqualTo(Instant.parse("2026-01-14T09:05:00Z"));
    }

    @Test
    void survivesANewStoreOnTheSameDatabase() {
        store.save("social.bluesky", "cursor-1");

        assertThat(new JdbcCheckpointStore(dataSource, clock).load("social.bluesky")).contains("cursor-1");
    }
}
