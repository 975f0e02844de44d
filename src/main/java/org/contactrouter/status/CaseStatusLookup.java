package org.contactrouter.status;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.contactrouter.contact.Identity;
import org.contactrouter.persistence.SqlTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Finds a case for its citizen: the reference and one of the citizen's own identities (email address, phone number,
 * or for a letter writer the postcode they wrote from) must both match, in one query, so a wrong pair costs the same
 * whether or not the reference exists.
 */
@Repository
class CaseStatusLookup {

    /** What the citizen sees: no officer names, no internal notes. */
    record CitizenCase(String reference, String status, String subject, Instant openedAt, List<SentReply> replies) {
    }

    record SentReply(Instant sentAt, String kind, String body) {
    }

    /** Matches no case: the replies query still runs for a wrong pair, so both paths do the same work. */
    private static final long NO_CASE = -1;

    private final JdbcClient jdbc;

    CaseStatusLookup(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param identityValue the identity's value; for {@link Identity#POSTAL} the postcode alone, matched against
     *                      every address the citizen wrote from there ("postcode, first line")
     */
    Optional<CitizenCase> find(String reference, String identityKind, String identityValue) {
        record Found(long id, String reference, String status, String subject, Instant openedAt) {
        }
        boolean postcode = Identity.POSTAL.equals(identityKind);
        Optional<Found> found = jdbc.sql("""
                        select c.id, c.reference, c.status, c.subject, c.opened_at from cases c
                        join citizen_identity i on i.citizen_id = c.citizen_id
                        where c.reference = :reference and i.kind = :kind and\s"""
                        + (postcode ? "i.identity_value like :value" : "i.identity_value = :value"))
                .param("reference", reference).param("kind", identityKind)
                // A postcode is letters and digits only: nothing in it is a wildcard.
                .param("value", postcode ? identityValue.toLowerCase(Locale.ROOT) + ", %" : identityValue)
                .query((rs, n) -> new Found(rs.getLong("id"), rs.getString("reference"), rs.getString("status"),
                        rs.getString("subject"), SqlTime.read(rs, "opened_at")))
                .optional();
        List<SentReply> replies = jdbc.sql("""
                        select sent_at, kind, body from reply
                        where case_id = :id and status = 'SENT' and kind in ('ACKNOWLEDGEMENT', 'REPLY')
                        order by sent_at, id""")
                .param("id", found.map(Found::id).orElse(NO_CASE))
                .query((rs, n) -> new SentReply(SqlTime.read(rs, "sent_at"), rs.getString("kind"), rs.getString("body")))
                .list();
        return found.map(f -> new CitizenCase(f.reference(), f.status(), f.subject(), f.openedAt(), replies));
    }
}
