package org.contactrouter.audit;

import java.time.Clock;

import org.contactrouter.persistence.SqlText;
import org.contactrouter.persistence.SqlTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Records what administrators did. Append-only: there is no way here to change or remove an entry. */
@Component
public class AuditLog {

    private final JdbcClient jdbc;
    private final Clock clock;

    public AuditLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void record(String actor, String action, String detail) {
        jdbc.sql("insert into audit_log (occurred_at, actor, action, detail) values (:at, :actor, :action, :detail)")
                .param("at", SqlTime.of(clock.instant())).param("actor", actor).param("action", action)
                .param("detail", SqlText.truncate(detail, 4000)).update();
    }
}
