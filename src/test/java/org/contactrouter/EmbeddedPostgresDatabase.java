package org.contactrouter;

import java.io.IOException;
import java.io.UncheckedIOException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A real PostgreSQL, the production database, started by the test suite itself for the tests that must pass on
 * both databases. One server per JVM, stopped when the JVM ends; each test application gets its own database.
 */
public final class EmbeddedPostgresDatabase {

    private static EmbeddedPostgres server;
    private static int databases;

    private EmbeddedPostgresDatabase() {
    }

    /** Points the application under test at a fresh database on the shared server. */
    public static synchronized void register(DynamicPropertyRegistry registry) {
        String name = "app" + (++databases);
        try (var connection = server().getPostgresDatabase().getConnection();
             var statement = connection.createStatement()) {
            statement.execute("create database " + name);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("could not create test database " + name, e);
        }
        registry.add("spring.datasource.url", () -> server().getJdbcUrl("postgres", name));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
    }

    private static EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.close();
                } catch (IOException ignored) {
                    // the JVM is ending; the server's files are under target/
                }
            }));
        }
        return server;
    }
}
