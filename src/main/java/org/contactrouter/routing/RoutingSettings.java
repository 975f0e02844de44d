package org.contactrouter.routing;

import java.time.Clock;

import org.contactrouter.persistence.SqlTime;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Routing settings supervisors change at run time. Whether officers may pick any case they qualify for from the
 * list, or only take the next one ("no cherry-picking"), starts from {@code ccr.routing.allow-pick} and is then
 * whatever a supervisor last chose; the choice is kept in the database so every instance agrees.
 */
@Service
public class RoutingSettings {

    static final String ALLOW_PICK = "allow-pick";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final boolean allowPickDefault;

    public RoutingSettings(JdbcClient jdbc, Clock clock, @Value("${ccr.routing.allow-pick:false}") boolean allowPickDefault) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.allowPickDefault = allowPickDefault;
    }

    public boolean allowPick() {
        return jdbc.sql("select setting_value from routing_setting where setting_key = :k").param("k", ALLOW_PICK)
                .query(String.class).optional().map(Boolean::parseBoolean).orElse(allowPickDefault);
    }

    @Transactional
    public void setAllowPick(boolean allow, String supervisor) {
        int updated = jdbc.sql("""
                        update routing_setting set setting_value = :v, updated_by = :by, updated_at = :at
                        where setting_key = :k""")
                .param("v", Boolean.toString(allow)).param("by", supervisor).param("at", SqlTime.of(clock.instant()))
                .param("k", ALLOW_PICK).update();
        if (updated == 0) {
            jdbc.sql("""
                            insert into routing_setting (setting_key, setting_value, updated_by, updated_at)
                            values (:k, :v, :by, :at)""")
                    .param("k", ALLOW_PICK).param("v", Boolean.toString(allow)).param("by", supervisor)
                    .param("at", SqlTime.of(clock.instant())).update();
        }
    }
}
