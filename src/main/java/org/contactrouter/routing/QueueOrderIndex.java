package org.contactrouter.routing;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.dao.DataAccessResourceFailureException;

/**
 * How take-next reads the queue in deadline order ({@code cases_queue_order}: status, sla_due_at, opened_at) and
 * stops at the first cases an officer qualifies for. PostgreSQL's planner walks that index by itself. H2's picks the
 * index that also matches the channel filter and then sorts every queued case, which at 100,000 queued cases made a
 * take-next cost tens of milliseconds of CPU; so on H2 the index is named (README, Benchmarks).
 */
final class QueueOrderIndex {

    private QueueOrderIndex() {
    }

    /** The FROM clause of the take-next query for this database. */
    static String hintedFrom(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return "H2".equals(connection.getMetaData().getDatabaseProductName())
                    ? "from cases c use index (cases_queue_order)"
                    : "from cases c";
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("cannot tell which database holds the queue", e);
        }
    }
}
