package org.contactrouter.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import javax.sql.DataSource;

import org.contactrouter.contact.Channel;
import org.contactrouter.persistence.SqlTime;

/**
 * Fills the database quickly with JDBC batches (not through intake, which (b) measures on its own): officers with
 * skills, queued cases for take-next, and cases with an open SLA clock each for the scanner and the heap figure.
 * Every row is one the application could have written itself.
 */
final class BulkSeeder {

    static final List<String> SERVICE_AREAS = List.of("waste", "highways", "housing", "council-tax", "general");
    private static final int BATCH = 1_000;
    private static final int COMMIT_EVERY = 20_000;

    private final DataSource dataSource;
    private final Random random = new Random(9);

    BulkSeeder(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Officers trained for three channels (10 cases of each), two service areas, English, one in ten also Welsh.
     *
     * @return their usernames
     */
    List<String> officers(int count, Instant now) throws SQLException {
        List<String> usernames = new ArrayList<>();
        try (Connection db = dataSource.getConnection()) {
            db.setAutoCommit(false);
            try (PreparedStatement officer = db.prepareStatement("""
                         insert into officer (username, display_name, password_hash, role, enabled, created_at,
                                              presence, presence_since)
                         values (?, ?, '{noop}not-used', 'OFFICER', true, ?, 'AVAILABLE', ?)""");
                 PreparedStatement channel = db.prepareStatement(
                         "insert into officer_channel (username, channel, capacity) values (?, ?, 10)");
                 PreparedStatement area = db.prepareStatement(
                         "insert into officer_service_area (username, service_area) values (?, ?)");
                 PreparedStatement language = db.prepareStatement(
                         "insert into officer_language (username, language) values (?, ?)")) {
                for (int n = 0; n < count; n++) {
                    String username = "bench-officer-" + n;
                    usernames.add(username);
                    officer.setString(1, username);
                    officer.setString(2, "Bench Officer " + n);
                    officer.setObject(3, SqlTime.of(now));
                    officer.setObject(4, SqlTime.of(now));
                    officer.addBatch();
                    for (int c = 0; c < 3; c++) {
                        channel.setString(1, username);
                        channel.setString(2, Channel.values()[(n + c) % Channel.values().length].name());
                        channel.addBatch();
                    }
                    for (int a = 0; a < 2; a++) {
                        area.setString(1, username);
                        area.setString(2, SERVICE_AREAS.get((n + a) % SERVICE_AREAS.size()));
                        area.addBatch();
                    }
                    language.setString(1, username);
                    language.setString(2, "en");
                    language.addBatch();
                    if (n % 10 == 0) {
                        language.setString(1, username);
                        language.setString(2, "cy");
                        language.addBatch();
                    }
                }
                officer.executeBatch();
                channel.executeBatch();
                area.executeBatch();
                language.executeBatch();
            }
            db.commit();
        }
        return usernames;
    }

    /** Queued cases over every channel and service area, one in twenty in Welsh, due over the next three days. */
    void queuedCases(int count, Instant now) throws SQLException {
        insertCases(count, "CR-2019-", "QUEUED", now, random);
    }

    /**
     * Cases waiting for the citizen's next message, each with a running resolve clock that is owed nothing for
     * weeks: the scanner's index holds them all, and none is due.
     */
    void casesWithOpenClocks(int count, Instant now) throws SQLException {
        long firstId = nextCaseId();
        insertCases(count, "CR-2018-", "RESPONDED", now, random);
        try (Connection db = dataSource.getConnection()) {
            db.setAutoCommit(false);
            // Inserted straight from the case rows, in slices so that no transaction grows too large.
            try (PreparedStatement clocks = db.prepareStatement("""
                    insert into sla_milestone (case_id, milestone, allowance, warning_percent, started_at, due_at,
                                               warn_at, state, next_alert_at)
                    select id, 'RESOLVE', '20 working days', 80, opened_at, sla_due_at, sla_due_at, 'ON_TRACK',
                           sla_due_at
                    from cases where id >= ? and id < ? and reference like 'CR-2018-%'""")) {
                long lastId = nextCaseId();
                for (long from = firstId; from < lastId; from += COMMIT_EVERY) {
                    clocks.setLong(1, from);
                    clocks.setLong(2, Math.min(lastId, from + COMMIT_EVERY));
                    clocks.executeUpdate();
                    db.commit();
                }
            }
        }
    }

    private long nextCaseId() throws SQLException {
        try (Connection db = dataSource.getConnection();
             var result = db.createStatement().executeQuery("select coalesce(max(id), 0) + 1 from cases")) {
            result.next();
            return result.getLong(1);
        }
    }

    private void insertCases(int count, String referencePrefix, String status, Instant now, Random random)
            throws SQLException {
        int already = countCases(referencePrefix);
        try (Connection db = dataSource.getConnection()) {
            db.setAutoCommit(false);
            try (PreparedStatement insert = db.prepareStatement("""
                    insert into cases (reference, status, channel, service_area, language, priority, subject,
                                       opened_at, created_at, updated_at, sla_due_at, sla_state, widening_level,
                                       widening_next_at)
                    values (?, ?, ?, ?, ?, 'NORMAL', ?, ?, ?, ?, ?, 'ON_TRACK', 0, ?)""")) {
                for (int n = 1; n <= count; n++) {
                    Instant opened = now.minus(Duration.ofSeconds(random.nextInt(2 * 86_400)));
                    Instant due = status.equals("QUEUED")
                            ? now.plus(Duration.ofSeconds(60 + random.nextInt(3 * 86_400)))
                            : now.plus(Duration.ofDays(14)).plus(Duration.ofSeconds(random.nextInt(14 * 86_400)));
                    insert.setString(1, referencePrefix + String.format("%08d", already + n));
                    insert.setString(2, status);
                    insert.setString(3, Channel.values()[random.nextInt(Channel.values().length)].name());
                    insert.setString(4, SERVICE_AREAS.get(random.nextInt(SERVICE_AREAS.size())));
                    insert.setString(5, random.nextInt(20) == 0 ? "cy" : "en");
                    insert.setString(6, "Seeded case " + n);
                    insert.setObject(7, SqlTime.of(opened));
                    insert.setObject(8, SqlTime.of(opened));
                    insert.setObject(9, SqlTime.of(opened));
                    insert.setObject(10, SqlTime.of(due));
                    // As the widening scanner leaves a case it has looked at: next looked at half-way to its deadline.
                    insert.setObject(11, SqlTime.of(now.plus(Duration.between(now, due).dividedBy(2))));
                    insert.addBatch();
                    if (n % BATCH == 0 || n == count) {
                        insert.executeBatch();
                    }
                    if (n % COMMIT_EVERY == 0 || n == count) {
                        db.commit();
                    }
                }
            }
        }
    }

    private int countCases(String referencePrefix) throws SQLException {
        try (Connection db = dataSource.getConnection();
             PreparedStatement count = db.prepareStatement("select count(*) from cases where reference like ?")) {
            count.setString(1, referencePrefix + "%");
            var result = count.executeQuery();
            result.next();
            return result.getInt(1);
        }
    }
}
