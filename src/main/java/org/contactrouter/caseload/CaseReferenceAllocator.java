package org.contactrouter.caseload;

import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Hands out case references from a database sequence, so that every instance of the application shares one
 * series and no reference is ever given twice.
 */
@Component
public class CaseReferenceAllocator {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final JdbcClient jdbc;
    private final Clock clock;

    public CaseReferenceAllocator(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public CaseReference next() {
        long number = jdbc.sql("select nextval('case_number_seq')").query(Long.class).single();
        return new CaseReference(ZonedDateTime.now(clock.withZone(UK)).getYear(), number);
    }
}
