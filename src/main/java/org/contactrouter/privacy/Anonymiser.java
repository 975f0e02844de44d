package org.contactrouter.privacy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;

import org.contactrouter.channel.email.AttachmentStore;
import org.contactrouter.persistence.SqlTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Removes the personal data of a case: what citizens wrote and sent, who they are, what officers wrote back and
 * noted, and stored files. The case keeps its reference, channel, service area, timings and SLA record, so that
 * reports still add up. A citizen left with no cases is removed altogether.
 */
@Component
public class Anonymiser {

    static final String REMOVED = "[removed]";

    private final JdbcClient jdbc;
    private final AttachmentStore attachments;
    private final Clock clock;

    public Anonymiser(JdbcClient jdbc, AttachmentStore attachments, Clock clock) {
        this.jdbc = jdbc;
        this.attachments = attachments;
        this.clock = clock;
    }

    /** Runs in the caller's transaction. Files are deleted as it goes; a rolled-back run leaves the case whole. */
    public void anonymiseCase(long caseId) {
        Long citizenId = jdbc.sql("select citizen_id from cases where id = :id").param("id", caseId)
                .query(Long.class).optional().orElse(null);
        jdbc.sql("""
                        select a.storage_key from contact_attachment a join contact m on m.id = a.contact_id
                        where m.case_id = :id and a.storage_key is not null""")
                .param("id", caseId).query(String.class).list().forEach(this::deleteFile);
        jdbc.sql("""
                        update contact_attachment set file_name = :removed, storage_key = null
                        where contact_id in (select id from contact where case_id = :id)""")
                .param("removed", REMOVED).param("id", caseId).update();
        jdbc.sql("delete from contact_identity where contact_id in (select id from contact where case_id = :id)")
                .param("id", caseId).update();
        jdbc.sql("""
                        update contact set sender_name = null, subject = :removed, body = '', attributes = null,
                                           conversation_ids = null
                        where case_id = :id""")
                .param("removed", REMOVED).param("id", caseId).update();
        jdbc.sql("update reply set body = :removed where case_id = :id").param("removed", REMOVED).param("id", caseId)
                .update();
        jdbc.sql("update case_event set detail = :removed where case_id = :id and event_type in ('NOTE', 'CALLBACK_RECORDED', 'CLOSED')")
                .param("removed", REMOVED).param("id", caseId).update();
        jdbc.sql("""
                        update cases set subject = :removed, citizen_id = null, anonymised_at = :now where id = :id""")
                .param("removed", REMOVED).param("now", SqlTime.of(clock.instant())).param("id", caseId).update();
        if (citizenId != null) {
            removeCitizenIfUnused(citizenId);
        }
    }

    private void removeCitizenIfUnused(long citizenId) {
        long stillUsed = jdbc.sql("select count(*) from cases where citizen_id = :id").param("id", citizenId)
                .query(Long.class).single();
        if (stillUsed == 0) {
            jdbc.sql("delete from citizen_identity where citizen_id = :id").param("id", citizenId).update();
            jdbc.sql("delete from citizen where id = :id").param("id", citizenId).update();
        }
    }

    private void deleteFile(String storageKey) {
        try {
            attachments.delete(storageKey);
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete attachment " + storageKey, e);
        }
    }
}
