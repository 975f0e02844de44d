package org.contactrouter.caseload;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import org.contactrouter.channel.phone.PhoneNumberNormaliser;
import org.contactrouter.contact.Channel;
import org.contactrouter.contact.Identity;
import org.contactrouter.persistence.SqlTime;
import org.contactrouter.sla.SlaState;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Finding cases: by what an officer typed ({@link SearchTerm}) and by channel, service area, state, holder and SLA
 * state, newest first, a page at a time, with how many match in each state.
 */
@Repository
public class CaseSearch {

    private static final String SUMMARY = """
            select c.reference, c.status, c.channel, c.service_area, c.language, c.priority, c.subject,
                   c.assigned_officer, c.sla_state, z.display_name, c.opened_at, c.updated_at
            """;
    private static final String FROM = "from cases c left join citizen z on z.id = c.citizen_id";

    private final JdbcClient jdbc;
    private final PhoneNumberNormaliser phones;
    private final CaseTextSearch text;

    public CaseSearch(JdbcClient jdbc, PhoneNumberNormaliser phones, DataSource dataSource) {
        this.jdbc = jdbc;
        this.phones = phones;
        this.text = CaseTextSearch.of(dataSource);
    }

    /** What to look for; null (or blank {@code query}) means any. */
    public record CaseFilter(String query, CaseStatus status, Channel channel, String serviceArea, String officer,
                             SlaState slaState) {

        public static CaseFilter any() {
            return new CaseFilter(null, null, null, null, null, null);
        }
    }

    public record CaseSummary(String reference, String status, String channel, String serviceArea, String language,
                              String priority, String subject, String assignedOfficer, String slaState,
                              String citizenName, Instant openedAt, Instant updatedAt) {
    }

    /** One page of matches; {@code byStatus} counts every match (the status filter aside) in each state. */
    public record Result(List<CaseSummary> content, int page, int size, long totalElements,
                         Map<CaseStatus, Long> byStatus) {

        public int totalPages() {
            return (int) ((totalElements + size - 1) / size);
        }
    }

    public Result find(CaseFilter filter, int page, int size) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = conditions(filter, params, true);
        long total = jdbc.sql("select count(*) " + FROM + where).params(params).query(Long.class).single();
        Map<CaseStatus, Long> byStatus = new EnumMap<>(CaseStatus.class);
        Map<String, Object> countParams = new LinkedHashMap<>();
        jdbc.sql("select c.status, count(*) as n " + FROM + conditions(filter, countParams, false) + " group by c.status")
                .params(countParams)
                .query((rs, row) -> Map.entry(CaseStatus.valueOf(rs.getString("status")), rs.getLong("n")))
                .list().forEach(e -> byStatus.put(e.getKey(), e.getValue()));
        params.put("limit", size);
        params.put("offset", (long) page * size);
        List<CaseSummary> content = jdbc.sql(SUMMARY + FROM + where
                        + " order by c.opened_at desc, c.id desc limit :limit offset :offset")
                .params(params).query(CaseSearch::summary).list();
        return new Result(content, page, size, total, byStatus);
    }

    /** The citizen's other cases, on any channel, newest first: their history with the council. */
    public List<CaseSummary> otherCasesOfSameCitizen(CaseReference reference) {
        return jdbc.sql(SUMMARY + FROM + " join cases mine on mine.citizen_id = c.citizen_id and mine.id <> c.id"
                        + " where mine.reference = :reference order by c.opened_at desc limit 50")
                .param("reference", reference.toString()).query(CaseSearch::summary).list();
    }

    private static CaseSummary summary(ResultSet rs, int row) throws SQLException {
        return new CaseSummary(rs.getString("reference"), rs.getString("status"), rs.getString("channel"),
                rs.getString("service_area"), rs.getString("language"), rs.getString("priority"),
                rs.getString("subject"), rs.getString("assigned_officer"), rs.getString("sla_state"),
                rs.getString("display_name"), SqlTime.read(rs, "opened_at"), SqlTime.read(rs, "updated_at"));
    }

    private String conditions(CaseFilter filter, Map<String, Object> params, boolean withStatus) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Optional<SearchTerm> term = SearchTerm.parse(filter.query(), phones);
        term.ifPresent(t -> where.append(" and ").append(condition(t, params)));
        if (withStatus && filter.status() != null) {
            where.append(" and c.status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.channel() != null) {
            where.append(" and c.channel = :channel");
            params.put("channel", filter.channel().name());
        }
        if (filter.serviceArea() != null) {
            where.append(" and c.service_area = :area");
            params.put("area", filter.serviceArea());
        }
        if (filter.officer() != null) {
            where.append(" and c.assigned_officer = :officer");
            params.put("officer", filter.officer());
        }
        if (filter.slaState() != null) {
            where.append(" and c.sla_state = :sla");
            params.put("sla", filter.slaState().name());
        }
        return where.toString();
    }

    private String condition(SearchTerm term, Map<String, Object> params) {
        if (term instanceof SearchTerm.ByReference byReference) {
            params.put("reference", byReference.reference().toString());
            return "c.reference = :reference";
        }
        if (term instanceof SearchTerm.ByIdentity byIdentity) {
            params.put("kind", byIdentity.identity().kind());
            params.put("identity", byIdentity.identity().value());
            return "c.citizen_id in (select citizen_id from citizen_identity where kind = :kind"
                    + " and identity_value = :identity)";
        }
        if (term instanceof SearchTerm.ByHandle byHandle) {
            params.put("handle", byHandle.handle());
            return "c.citizen_id in (select citizen_id from citizen_identity where identity_value = :handle"
                    + " and kind not in ('email', 'phone'))";
        }
        if (term instanceof SearchTerm.ByPostcode byPostcode) {
            // A postal identity is "postcode, first line" in lower case (Identity.postal).
            params.put("postal", Identity.POSTAL);
            params.put("postcode", byPostcode.postcode().toLowerCase(Locale.ROOT) + ", %");
            return "c.citizen_id in (select citizen_id from citizen_identity where kind = :postal"
                    + " and identity_value like :postcode)";
        }
        return text.condition(((SearchTerm.ByText) term).text(), params);
    }
}
