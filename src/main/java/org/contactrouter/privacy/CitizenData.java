package org.contactrouter.privacy;

import java.util.List;
import java.util.Optional;

import org.contactrouter.audit.AuditLog;
import org.contactrouter.caseload.CaseQueries;
import org.contactrouter.caseload.CaseReference;
import org.contactrouter.citizen.CitizenDirectory;
import org.contactrouter.contact.Identity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Subject access and erasure requests: everything held about a citizen found by any of their identities, and its
 * removal. Both are written to the audit log with who asked.
 */
@Service
public class CitizenData {

    private final CitizenDirectory citizens;
    private final CaseQueries queries;
    private final Anonymiser anonymiser;
    private final AuditLog audit;
    private final JdbcClient jdbc;

    public CitizenData(CitizenDirectory citizens, CaseQueries queries, Anonymiser anonymiser, AuditLog audit,
                       JdbcClient jdbc) {
        this.citizens = citizens;
        this.queries = queries;
        this.anonymiser = anonymiser;
        this.audit = audit;
        this.jdbc = jdbc;
    }

    /** Everything held: the citizen's identities and every case with its contacts, replies and history. */
    public record Export(List<Identity> identities, List<CaseQueries.CaseDetails> cases) {
    }

    /** Erasure cannot go ahead while cases are open: they must be closed (answered) first. */
    public static class OpenCases extends RuntimeException {
        private final List<String> references;

        public OpenCases(List<String> references) {
            super("the citizen has open cases: " + String.join(", ", references));
            this.references = references;
        }

        public List<String> references() {
            return references;
        }
    }

    public Optional<Export> export(Identity identity, String administrator) {
        Optional<Long> citizenId = citizens.findCitizenId(identity);
        audit.record(administrator, "SUBJECT_ACCESS_EXPORT", identity.masked() + (citizenId.isPresent() ? "" : " (not found)"));
        return citizenId.map(id -> new Export(citizens.identitiesOf(id), caseReferences(id, false).stream()
                .map(reference -> queries.details(CaseReference.parse(reference).orElseThrow()).orElseThrow())
                .toList()));
    }

    /** Removes the citizen's personal data from all their cases; returns how many cases, empty when not found. */
    @Transactional
    public Optional<Integer> erase(Identity identity, String administrator) {
        Optional<Long> citizenId = citizens.findCitizenId(identity);
        if (citizenId.isEmpty()) {
            return Optional.empty();
        }
        List<String> open = caseReferences(citizenId.get(), true);
        if (!open.isEmpty()) {
            throw new OpenCases(open);
        }
        List<Long> caseIds = jdbc.sql("select id from cases where citizen_id = :id").param("id", citizenId.get())
                .query(Long.class).list();
        caseIds.forEach(anonymiser::anonymiseCase);
        audit.record(administrator, "ERASURE", identity.masked() + ": " + caseIds.size() + " cases anonymised");
        return Optional.of(caseIds.size());
    }

    private List<String> caseReferences(long citizenId, boolean openOnly) {
        return jdbc.sql("select reference from cases where citizen_id = :id"
                        + (openOnly ? " and status <> 'CLOSED'" : "") + " order by opened_at")
                .param("id", citizenId).query(String.class).list();
    }
}
