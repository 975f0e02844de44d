package org.contactrouter.channel.social;

import java.io.IOException;
import java.io.UncheckedIOException;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** The checkpoint store and its migration on a real PostgreSQL 14, the production database. */
class JdbcCheckpointStorePostgresTest extends JdbcCheckpointStoreTest {

    private static EmbeddedPostgres postgres;

    @Override
    DataSource dataSource() {
        try {
            if (postgres == null) {
                postgres = EmbeddedPostgres.start();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        DataSource dataSource = postgres.getPostgresDatabase();
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").cleanDisabled(false)
                .load().clean();
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        return dataSource;
    }

    @AfterAll
    static void stopPostgres() throws IOException {
        if (postgres != null) {
            postgres.close();
            postgres = null;
        }
    }
}
