package org.contactrouter.caseload;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import org.contactrouter.citizen.CitizenDirectory;
import org.contactrouter.contact.Identity;
import org.contactrouter.persistence.SqlTime;
import org.contactrouter.sla.engine.SlaQueries;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Read side of the caseload: a case with its whole history, and the Open311 view of a request (lists: CaseSearch). */
@Repository
public class CaseQueries {

    private static final TypeReference<Map<String, String>> ATTRIBUTES = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final SlaQueries sla;

    public CaseQueries(JdbcClient jdbc, JsonMapper json, SlaQueries sla) {
        this.jdbc = jdbc;
        this.json = json;
        this.sla = sla;
    }

    public record ContactView(String channel, String source, String channelMessageId, String senderName,
                              List<Identity> senderIdentities, Instant receivedAt, String subject, String body,
                              Map<String, String> attributes, List<AttachmentView> attachments) {
    }

    public record AttachmentView(long id, String fileName, String contentType, long sizeBytes, String refusedReason) {
    }

    /** {@code lastError}: why the latest attempt failed, or why the reply was given up. */
    public record ReplyView(long id, String kind, String channel, String author, String body, String status,
                            int attempts, String lastError, Instant createdAt, Instant sentAt) {
    }

    public record EventView(String type, Instant at, String actor, String detail) {
    }

    /**
     * @param undeliverable the identities GOV.UK Notify reported as permanently undeliverable, with why and since when
     */
    public record CitizenView(String displayName, String preferredLanguage, List<Identity> identities,
                              List<CitizenDirectory.Undeliverable> undeliverable) {

        /** Why messages to this identity fail, for the case page; null when nothing is known against it. */
        public CitizenDirectory.Undeliverable undeliverableFor(Identity identity) {
            return undeliverable.stream().filter(u -> u.identity().equals(identity)).findFirst().orElse(null);
        }
    }

    /**
     * A case with everything on it; {@code sla} has one entry per timed milestone, {@code slaState} is the case's
     * overall state (null when no clock runs).
     */
    public record CaseDetails(String reference, String status, String channel, String serviceArea, String language,
                              String priority, String slaState, String caseType, String subject,
                              String assignedOfficer,
                              String linkedCaseReference, Instant openedAt, Instant createdAt, Instant updatedAt,
                              CitizenView citizen, List<ContactView> contacts, List<ReplyView> replies,
                              List<EventView> events, List<SlaQueries.MilestoneView> sla) {
    }

    public Optional<CaseDetails> details(CaseReference reference) {
        return jdbc.sql("""
                        select c.*, l.reference as linked_reference from cases c
                        left join cases l on l.id = c.linked_case_id
                        where c.reference = :reference""")
                .param("reference", reference.toString())
                .query((rs, row) -> caseDetails(rs))
                .optional();
    }

    /** The GeoReport v2 view of a case that came in through Open311 (other cases are not visible there). */
    public Optional<Open311View> open311View(CaseReference reference) {
        return open311Views(" where c.reference = :reference", Map.of("reference", reference.toString()),
                attributes -> true, 1).stream().findFirst();
    }

    /**
     * Requests that came in through Open311, received between the two instants, newest first, at most
     * {@code limit} of those whose request attributes match; {@code closed} null for any state, else only closed
     * (true) or only open (false) ones.
     */
    public List<Open311View> open311Requests(Instant from, Instant to, Boolean closed,
                                             Predicate<Map<String, String>> attributesMatch, int limit) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("from", SqlTime.of(from));
        params.put("to", SqlTime.of(to));
        String where = " where c.opened_at >= :from and c.opened_at <= :to"
                + (closed == null ? "" : closed ? " and c.status = 'CLOSED'" : " and c.status <> 'CLOSED'");
        return open311Views(where, params, attributesMatch, limit);
    }

    /** The first Open311 contact of each matching case is the request; a case with more is listed once. */
    private List<Open311View> open311Views(String where, Map<String, Object> params,
                                           Predicate<Map<String, String>> attributesMatch, int limit) {
        record Row(long caseId, Open311View view) {
        }
        Map<String, Row> byReference = new LinkedHashMap<>();
        jdbc.sql("""
                        select c.id, c.reference, c.status, c.subject, c.opened_at, c.updated_at, m.body, m.attributes
                        from cases c join contact m on m.case_id = c.id and m.source = 'open311'"""
                        + where + " order by c.opened_at desc, c.id desc, m.id")
                .params(params)
                .query((rs, row) -> new Row(rs.getLong("id"), new Open311View(rs.getString("reference"),
                        rs.getString("status"), rs.getString("subject"), rs.getString("body"),
                        attributes(rs.getString("attributes")), SqlTime.read(rs, "opened_at"),
                        SqlTime.read(rs, "updated_at"), null)))
                .list().forEach(r -> byReference.putIfAbsent(r.view().reference(), r));
        return byReference.values().stream().filter(r -> attributesMatch.test(r.view().attributes())).limit(limit)
                .map(r -> r.view().expectedAt(sla.firstResponseDueAt(r.caseId()).orElse(null))).toList();
    }

    /**
     * What Open311 shows of a request: no personal data.
     *
     * @param expectedAt the first-response deadline, null when the standard sets none
     */
    public record Open311View(String reference, String status, String serviceName, String description,
                              Map<String, String> attributes, Instant requestedAt, Instant updatedAt,
                              Instant expectedAt) {

        Open311View expectedAt(Instant deadline) {
            return new Open311View(reference, status, serviceName, description, attributes, requestedAt, updatedAt,
                    deadline);
        }
    }

    private CaseDetails caseDetails(ResultSet rs) throws SQLException {
        long caseId = rs.getLong("id");
        long citizenId = rs.getLong("citizen_id");
        CitizenView citizen = rs.wasNull() ? null : citizen(citizenId);
        return new CaseDetails(rs.getString("reference"), rs.getString("status"), rs.getString("channel"),
                rs.getString("service_area"), rs.getString("language"), rs.getString("priority"),
                rs.getString("sla_state"), rs.getString("case_type"), rs.getString("subject"), rs.getString("assigned_officer"),
                rs.getString("linked_reference"), SqlTime.read(rs, "opened_at"), SqlTime.read(rs, "created_at"),
                SqlTime.read(rs, "updated_at"), citizen, contacts(caseId), replies(caseId), events(caseId),
                sla.milestonesOf(caseId));
    }

    private CitizenView citizen(long citizenId) {
        List<Identity> identities = new ArrayList<>();
        List<CitizenDirectory.Undeliverable> undeliverable = new ArrayList<>();
        jdbc.sql("""
                        select kind, identity_value, undeliverable_at, undeliverable_reason from citizen_identity
                        where citizen_id = :id order by kind, identity_value""")
                .param("id", citizenId)
                .query(rs -> {
                    Identity identity = new Identity(rs.getString("kind"), rs.getString("identity_value"));
                    identities.add(identity);
                    Instant since = SqlTime.read(rs, "undeliverable_at");
                    if (since != null) {
                        undeliverable.add(new CitizenDirectory.Undeliverable(identity, since,
                                rs.getString("undeliverable_reason")));
                    }
                });
        return jdbc.sql("select display_name, preferred_language from citizen where id = :id").param("id", citizenId)
                .query((rs, row) -> new CitizenView(rs.getString("display_name"), rs.getString("preferred_language"),
                        identities, undeliverable))
                .single();
    }

    private List<ContactView> contacts(long caseId) {
        record Row(long id, ContactView view) {
        }
        List<Row> rows = jdbc.sql("select * from contact where case_id = :id order by received_at, id")
                .param("id", caseId)
                .query((rs, row) -> new Row(rs.getLong("id"), new ContactView(rs.getString("channel"),
                        rs.getString("source"), rs.getString("channel_message_id"), rs.getString("sender_name"),
                        new ArrayList<>(), SqlTime.read(rs, "received_at"), rs.getString("subject"),
                        rs.getString("body"), attributes(rs.getString("attributes")), new ArrayList<>())))
                .list();
        for (Row row : rows) {
            row.view().senderIdentities().addAll(jdbc.sql("""
                            select kind, identity_value from contact_identity where contact_id = :id
                            order by kind, identity_value""")
                    .param("id", row.id())
                    .query((rs, n) -> new Identity(rs.getString("kind"), rs.getString("identity_value"))).list());
            row.view().attachments().addAll(jdbc.sql("""
                            select id, file_name, content_type, size_bytes, refused_reason from contact_attachment
                            where contact_id = :id order by id""")
                    .param("id", row.id())
                    .query((rs, n) -> new AttachmentView(rs.getLong("id"), rs.getString("file_name"), rs.getString("content_type"),
                            rs.getLong("size_bytes"), rs.getString("refused_reason"))).list());
        }
        return rows.stream().map(Row::view).toList();
    }

    private List<ReplyView> replies(long caseId) {
        return jdbc.sql("select * from reply where case_id = :id order by created_at, id").param("id", caseId)
                .query((rs, row) -> new ReplyView(rs.getLong("id"), rs.getString("kind"), rs.getString("channel"),
                        rs.getString("author"), rs.getString("body"), rs.getString("status"), rs.getInt("attempts"),
                        rs.getString("last_error"), SqlTime.read(rs, "created_at"), SqlTime.read(rs, "sent_at")))
                .list();
    }

    private List<EventView> events(long caseId) {
        return jdbc.sql("select * from case_event where case_id = :id order by occurred_at, id").param("id", caseId)
                .query((rs, row) -> new EventView(rs.getString("event_type"), SqlTime.read(rs, "occurred_at"),
                        rs.getString("actor"), rs.getString("detail")))
                .list();
    }

    private Map<String, String> attributes(String text) {
        return text == null ? Map.of() : json.readValue(text, ATTRIBUTES);
    }
}
