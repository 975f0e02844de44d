package org.contactrouter.caseload;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.contactrouter.contact.AttachmentInfo;
import org.contactrouter.contact.Channel;
import org.contactrouter.contact.Contact;
import org.contactrouter.contact.Identity;
import org.contactrouter.contact.Sender;
import org.contactrouter.persistence.SqlText;
import org.contactrouter.persistence.SqlTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Stores the contacts of a case. The (channel, channel message id) pair is unique: a message is stored once. */
@Repository
public class ContactRepository {

    private static final TypeReference<Map<String, String>> STRING_MAP = new TypeReference<>() {
    };
    private static final TypeReference<List<String>> STRING_LIST = new TypeReference<>() {
    };

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
                                             processed_at, subject, body, attributes, conversation_ids, language)
                        values (:caseId, :channel, :source, :messageId, :senderName, :receivedAt, :processedAt,
                                :subject, :body, :attributes, :conversationIds, :language)""")
                .param("caseId", caseId)
                .param("channel", contact.channel().name())
                .param("source", contact.source())
                .param("messageId", contact.channelMessageId())
                .param("senderName", SqlText.truncate(contact.sender().displayName(), 200))
                .param("receivedAt", SqlTime.of(contact.receivedAt()))
                .param("processedAt", SqlTime.of(processedAt))
                .param("subject", SqlText.truncate(contact.subject(), 1000))
                .param("body", contact.body())
                .param("attributes", contact.attributes().isEmpty() ? null : json.writeValueAsString(contact.attributes()))
                .param("conversationIds", contact.conversationIds().isEmpty() ? null
                        : json.writeValueAsString(contact.conversationIds()))
                .param("language", contact.language())
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
                    .param("fileName", SqlText.truncate(attachment.fileName(), 500))
                    .param("contentType", SqlText.truncate(attachment.contentType(), 200))
                    .param("size", attachment.sizeBytes())
                    .param("storageKey", attachment.storageKey())
                    .param("refused", SqlText.truncate(attachment.refusedReason(), 500))
                    .update();
        }
        return contactId;
    }

    /** A stored contact with its row id. */
    public record StoredContact(long id, Contact contact) {
    }

    /** The most recent inbound contact of a case: the one a reply answers. */
    public Optional<StoredContact> latestOf(long caseId) {
        return jdbc.sql("""
                        select * from contact where case_id = :caseId
                        order by received_at desc, id desc fetch first 1 rows only""")
                .param("caseId", caseId)
                .query(this::stored)
                .optional();
    }

    public Optional<StoredContact> find(long contactId) {
        return jdbc.sql("select * from contact where id = :id").param("id", contactId).query(this::stored).optional();
    }

    private StoredContact stored(ResultSet rs, int row) throws SQLException {
        return new StoredContact(rs.getLong("id"), Contact.builder(
                                Channel.valueOf(rs.getString("channel")), rs.getString("source"),
                                rs.getString("channel_message_id"), SqlTime.read(rs, "received_at"))
                        .sender(new Sender(rs.getString("sender_name"), identitiesOf(rs.getLong("id"))))
                        .subject(rs.getString("subject"))
                        .body(rs.getString("body"))
                        .attributes(rs.getString("attributes") == null ? Map.of()
                                : json.readValue(rs.getString("attributes"), STRING_MAP))
                        .conversationIds(rs.getString("conversation_ids") == null ? List.of()
                                : json.readValue(rs.getString("conversation_ids"), STRING_LIST))
                        .language(rs.getString("language"))
                        .build());
    }

    /** Every message id of a case on one channel, contacts and sent replies, oldest first: the thread. */
    public List<String> threadMessageIds(long caseId, Channel channel) {
        return jdbc.sql("""
                        select channel_message_id from (
                            select channel_message_id, received_at as at from contact
                            where case_id = :caseId and channel = :channel
                            union all
                            select channel_message_id, sent_at as at from reply
                            where case_id = :caseId and channel = :channel and channel_message_id is not null
                        ) thread order by at""")
                .param("caseId", caseId).param("channel", channel.name())
                .query(String.class).list();
    }

    private List<Identity> identitiesOf(long contactId) {
        return jdbc.sql("select kind, identity_value from contact_identity where contact_id = :id")
                .param("id", contactId)
                .query((rs, row) -> new Identity(rs.getString("kind"), rs.getString("identity_value"))).list();
    }
}
