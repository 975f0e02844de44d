package org.contactrouter.simulation;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.contactrouter.contact.Channel;
import org.contactrouter.persistence.SqlTime;

/**
 * Exports the cases opened in a period from the system's database (H2 or PostgreSQL) as an arrival stream for the
 * simulator ({@link ArrivalsCsv}). Read-only; no personal data leaves the database.
 *
 * <pre>
 * mvn -q compile exec:java -Dexec.mainClass=org.contactrouter.simulation.CaseExporter \
 *     -Dexec.args="jdbc:h2:file:./data/db/ccr sa 2026-03-02T00:00:00Z 2026-03-09T00:00:00Z arrivals.csv"
 * </pre>
 */
public final class CaseExporter {

    private static final String CASES_OPENED = """
            select opened_at, channel, service_area, language, priority, case_type from cases
            where opened_at >= ? and opened_at < ? order by opened_at, id""";

    private CaseExporter() {
    }

    /** Arguments: jdbc-url user from to out.csv; the password comes from CCR_DB_PASSWORD, as for the application. */
    public static void main(String[] args) throws SQLException, IOException {
        if (args.length != 5) {
            throw new IllegalArgumentException("arguments: <jdbc-url> <user> <from> <to> <out.csv> (from and to as"
                    + " ISO-8601 instants, to exclusive; the password from CCR_DB_PASSWORD)");
        }
        String password = System.getenv().getOrDefault("CCR_DB_PASSWORD", "");
        try (Connection connection = DriverManager.getConnection(args[0], args[1], password);
             Writer out = Files.newBufferedWriter(Path.of(args[4]))) {
            List<ArrivalsCsv.Line> lines = export(connection, Instant.parse(args[2]), Instant.parse(args[3]));
            ArrivalsCsv.write(lines, out);
            System.out.println(lines.size() + " cases written to " + args[4]);
        }
    }

    static List<ArrivalsCsv.Line> export(Connection connection, Instant from, Instant to) throws SQLException {
        List<ArrivalsCsv.Line> lines = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(CASES_OPENED)) {
            query.setObject(1, SqlTime.of(from));
            query.setObject(2, SqlTime.of(to));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    lines.add(new ArrivalsCsv.Line(SqlTime.read(rows, "opened_at"),
                            Channel.valueOf(rows.getString("channel")), rows.getString("service_area"),
                            rows.getString("language"), rows.getString("priority"), rows.getString("case_type")));
                }
            }
        }
        return lines;
    }
}
