package org.contactrouter.caseload;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.contactrouter.contact.AttachmentInfo;
import org.contactrouter.contact.Channel;
import org.contactrouter.contact.Contact;
import org.contactrouter.contact.Identity;
import org.contactrouter.persistence.SqlTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Stores the contacts of a case. The (channel, channel message id) pair is unique: a message is stored once. */
@Repository
public class ContactRepository {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    public ContactRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The reference of the case already holding this message, if it was stored before. */
    public Optional<String> findCaseReference(Channel channel, String channelMessageId) {
        return jdbc.sql("""
                        select c.reference from contact m join cases c on c.id = m.case_id
                        where m.channel = :channel and m.channel_message_id = :id""")
                .param("channel", channel.name()).param("id", channelMessageId)
                .query(String.class).optional();
    }

    public long insert(long caseId, Contact contact, Instant processedAt) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into contact (case_id, channel, source, channel_message_id, sender_name, received_at,
                                             processed_at, subject, body, attributes)
                        values (:caseId, :channel, :source, :messageId, :senderName, :receivedAt, :processedAt,
                                :subject, :body, :attributes)""")
                .param("caseId", caseId)
                .param("channel", contact.channel().name())
                .param("source", contact.source())
                .param("messageId", contact.channelMessageId())
                .param("senderName", CaseRepository.truncate(contact.sender().displayName(), 200))
                .param("receivedAt", SqlTime.of(contact.receivedAt()))
                .param("processedAt", SqlTime.of(processedAt))
                .param("subject", CaseRepository.truncate(contact.subject(), 1000))
                .param("body", contact.body())
                .param("attributes", attributesJson(contact.attributes()))
                .update(keys, "id");
        long contactId = keys.getKey().longValue();
        for (Identity identity : contact.sender().identities()) {
            jdbc.sql("insert into contact_identity (contact_id, kind, identity_value) values (:id, :kind, :value)")
                    .param("id", contactId).param("kind", identity.kind()).param("value", identity.value())
                    .update();
        }
        for (AttachmentInfo attachment : contact.attachments()) {
            jdbc.sql("""
                            insert into contact_attachment (contact_id, file_name, content_type, size_bytes, storage_key,
                                                            refused_reason)
                            values (:id, :fileName, :contentType, :size, :storageKey, :refused)""")
                    .param("id", contactId)
                    .param("fileName", CaseRepository.truncate(attachment.fileName(), 500))
                    .param("contentType", CaseRepository.truncate(attachment.contentType(), 200))
                    .param("size", attachment.sizeBytes())
                    .param("storageKey", attachment.storageKey())
                    .param("refused", CaseRepository.truncate(attachment.refusedReason(), 500))
                    .update();
        }
        return contactId;
    }

    private String attributesJson(Map<String, String> attributes) {
        return attributes.isEmpty() ? null : json.writeValueAsString(attributes);
    }
}
