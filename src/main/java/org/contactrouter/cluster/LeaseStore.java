package org.contactrouter.cluster;

import java.time.Instant;

import org.contactrouter.persistence.SqlTime;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code cluster_lease} table. Each call is one statement in its own transaction: the database row decides who
 * holds a lease, so two instances claiming at once cannot both win.
 */
@Repository
public class LeaseStore {

    private final JdbcClient jdbc;

    public LeaseStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Claims the lease for {@code holder} until {@code expiresAt}: renews it when {@code holder} has it, takes it when
     * it has expired at {@code now} or never existed. Returns whether {@code holder} holds it now.
     */
    public boolean claim(String name, String holder, Instant now, Instant expiresAt) {
        int renewedOrTaken = jdbc.sql("""
                        update cluster_lease set holder = :holder, expires_at = :expires
                        where name = :name and (holder = :holder or expires_at <= :now)""")
                .param("holder", holder).param("expires", SqlTime.of(expiresAt)).param("name", name)
                .param("now", SqlTime.of(now)).update();
        if (renewedOrTaken == 1) {
            return true;
        }
        try {
            // Not a single "on conflict do nothing": H2 rejects it. Two first claims at once: the key refuses one.
            return jdbc.sql("""
                            insert into cluster_lease (name, holder, expires_at)
                            select :name, :holder, :expires where not exists
                            (select 1 from cluster_lease where name = :name)""")
                    .param("name", name).param("holder", holder).param("expires", SqlTime.of(expiresAt))
                    .update() == 1;
        } catch (DuplicateKeyException lostTheRace) {
            return false;
        }
    }

    /** Lets the lease go at once, if {@code holder} still has it, so that another instance need not wait it out. */
    public void release(String name, String holder, Instant now) {
        jdbc.sql("update cluster_lease set expires_at = :now where name = :name and holder = :holder")
                .param("now", SqlTime.of(now)).param("name", name).param("holder", holder).update();
    }
}
