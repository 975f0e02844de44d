package org.contactrouter.citizen;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.contactrouter.contact.Identity;
import org.contactrouter.contact.Sender;
import org.contactrouter.persistence.SqlText;
import org.contactrouter.persistence.SqlTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Recognises citizens across channels: a contact whose email address, phone number or handle is already known
 * belongs to that citizen, and any new identities it carries are added to them.
 */
@Repository
public class CitizenDirectory {

    private final JdbcClient jdbc;

    public CitizenDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The citizen this sender is, created if new; empty for an anonymous sender. Runs in the caller's transaction;
     * two first contacts from the same new person racing each other make one of them fail on the identity's
     * primary key, and its redelivery then finds the citizen.
     */
    public Optional<Long> resolve(Sender sender, String chosenLanguage, Instant now) {
        if (sender.isAnonymous()) {
            return Optional.empty();
        }
        // One read per identity: who holds it, and whether it is marked undeliverable.
        List<Identity> identities = sender.identities().stream().distinct().toList();
        Map<Identity, Held> held = new LinkedHashMap<>();
        for (Identity identity : identities) {
            jdbc.sql("""
                            select citizen_id, undeliverable_at from citizen_identity
                            where kind = :kind and identity_value = :value""")
                    .param("kind", identity.kind()).param("value", identity.value())
                    .query((rs, row) -> new Held(rs.getLong("citizen_id"), rs.getObject("undeliverable_at") != null))
                    .optional().ifPresent(found -> held.put(identity, found));
        }
        // When identities point at different citizens, the first match wins; merging people is an officer's call.
        long citizenId = held.isEmpty() ? create(sender.displayName(), chosenLanguage, now)
                : held.values().iterator().next().citizenId();
        if (!held.isEmpty() && chosenLanguage != null) {
            // The citizen's latest explicit choice of language is kept and used for their later contacts.
            jdbc.sql("update citizen set preferred_language = :language where id = :id")
                    .param("language", chosenLanguage).param("id", citizenId).update();
        }
        for (Identity identity : identities) {
            Held found = held.get(identity);
            if (found == null) {
                jdbc.sql("""
                                insert into citizen_identity (kind, identity_value, citizen_id, created_at)
                                values (:kind, :value, :citizenId, :now)""")
                        .param("kind", identity.kind()).param("value", identity.value())
                        .param("citizenId", citizenId).param("now", SqlTime.of(now))
                        .update();
            } else if (found.undeliverable()) {
                // Written from, or given again: worth another try.
                jdbc.sql("""
                                update citizen_identity set undeliverable_at = null, undeliverable_reason = null
                                where kind = :kind and identity_value = :value""")
                        .param("kind", identity.kind()).param("value", identity.value())
                        .update();
            }
        }
        return Optional.of(citizenId);
    }

    /** Who holds an identity, and whether messages to it are known to fail. */
    private record Held(long citizenId, boolean undeliverable) {
    }

    /** Why messages to the identity cannot be delivered, and since when: as GOV.UK Notify or a bounce reported it. */
    public record Undeliverable(Identity identity, Instant since, String reason) {
    }

    /**
     * Records that messages to the identity cannot be delivered, until the citizen uses it again (see
     * {@link #resolve}); does nothing for an identity no citizen has.
     */
    public void markUndeliverable(Identity identity, String reason, Instant at) {
        jdbc.sql("""
                        update citizen_identity set undeliverable_at = :at, undeliverable_reason = :reason
                        where kind = :kind and identity_value = :value""")
                .param("at", SqlTime.of(at)).param("reason", SqlText.truncate(reason, 500))
                .param("kind", identity.kind()).param("value", identity.value())
                .update();
    }

    public Optional<Undeliverable> undeliverable(Identity identity) {
        return jdbc.sql("""
                        select undeliverable_at, undeliverable_reason from citizen_identity
                        where kind = :kind and identity_value = :value and undeliverable_at is not null""")
                .param("kind", identity.kind()).param("value", identity.value())
                .query((rs, row) -> new Undeliverable(identity, SqlTime.read(rs, "undeliverable_at"),
                        rs.getString("undeliverable_reason")))
                .optional();
    }

    public Optional<Long> findCitizenId(Identity identity) {
        return jdbc.sql("select citizen_id from citizen_identity where kind = :kind and identity_value = :value")
                .param("kind", identity.kind()).param("value", identity.value())
                .query(Long.class).optional();
    }

    public Optional<String> preferredLanguage(long citizenId) {
        return jdbc.sql("select preferred_language from citizen where id = :id").param("id", citizenId)
                .query(String.class).optional();
    }

    public List<Identity> identitiesOf(long citizenId) {
        return jdbc.sql("select kind, identity_value from citizen_identity where citizen_id = :id order by kind, identity_value")
                .param("id", citizenId)
                .query((rs, row) -> new Identity(rs.getString("kind"), rs.getString("identity_value")))
                .list();
    }

    private long create(String displayName, String language, Instant now) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into citizen (display_name, preferred_language, created_at) values (:name, :language, :now)")
                .param("name", displayName).param("language", language)
                .param("now", SqlTime.of(now))
                .update(keys, "id");
        return keys.getKey().longValue();
    }
}
