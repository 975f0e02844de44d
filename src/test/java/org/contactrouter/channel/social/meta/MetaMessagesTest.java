package org.contactrouter.channel.social.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.contactrouter.channel.social.SocialAttributes;
import org.contactrouter.contact.Channel;
import org.contactrouter.contact.Contact;
import org.contactrouter.contact.Identity;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

/** Which webhook events become contacts, and what a contact carries to be answered through the Send API. */
class MetaMessagesTest {

    private static final Instant AT = Instant.parse("2026-12-05T10:15:30.123Z");

    @Test
    void aMessengerMessageIsASocialContactFromThePersonWithItsMidAndTimestamp() {
        List<Contact> contacts = contacts(MetaJson.webhook("page",
                MetaJson.message("2489001", "m_abc", AT, "Missed bin, see CR-2026-000123")));

        assertThat(contacts).hasSize(1);
        Contact contact = contacts.get(0);
        assertThat(contact.channel()).isEqualTo(Channel.SOCIAL);
        assertThat(contact.source()).isEqualTo("meta");
        assertThat(contact.channelMessageId()).isEqualTo("m_abc");
        assertThat(contact.receivedAt()).isEqualTo(AT);
        assertThat(contact.body()).isEqualTo("Missed bin, see CR-2026-000123");
        assertThat(contact.caseReferenceHint()).isEqualTo("CR-2026-000123");
        assertThat(contact.sender().identities()).containsExactly(Identity.social("messenger", "2489001"));
        assertThat(contact.attributes()).isEqualTo(Map.of(SocialAttributes.KIND, SocialAttributes.KIND_DM,
                SocialAttributes.POST_ID, "m_abc", SocialAttributes.AUTHOR_ID, "2489001",
                "platform", "messenger", "pageId", MetaJson.PAGE_ID));
    }

    @Test
    void anInstagramMessageComesFromAnInstagramIdentity() {
        Contact contact = contacts(MetaJson.webhook("instagram",
                MetaJson.message("17841400001", "aWdfZAG1", AT, "Hello"))).get(0);

        assertThat(contact.sender().identities()).containsExactly(Identity.social("instagram", "17841400001"));
        assertThat(contact.attributes()).containsEntry("platform", "instagram");
    }

    @Test
    void echoesDeliveriesUnsentMessagesAndOtherObjectsAreNotContacts() {
        String deleted = "{\"sender\": {\"id\": \"1\"}, \"recipient\": {\"id\": \"2\"}, \"timestamp\": 1,"
                + " \"message\": {\"mid\": \"m_gone\", \"is_deleted\": true}}";
        assertThat(contacts(MetaJson.webhook("page", MetaJson.echo("2489001", "m_echo", AT),
                MetaJson.delivery("2489001", AT), deleted, MetaJson.message("2489001", "m_1", AT, "Hi"))))
                .extracting(Contact::channelMessageId).containsExactly("m_1");
        assertThat(contacts(MetaJson.webhook("user", MetaJson.message("2489001", "m_2", AT, "Hi")))).isEmpty();
    }

    @Test
    void aPhotoIsNamedInTheBodyAndAnAnswerToOurMessageThreadsToIt() {
        String event = """
                {"sender": {"id": "2489001"}, "recipient": {"id": "1"}, "timestamp": 1767000000000,
                 "message": {"mid": "m_photo", "reply_to": {"mid": "m_ours"},
                             "attachments": [{"type": "image", "payload": {"url": "https://example.invalid/p.jpg"}}]}}""";

        Contact contact = contacts(MetaJson.webhook("page", event)).get(0);

        assertThat(contact.body()).isEqualTo("[sent image: see the conversation in Meta Business Suite]");
        assertThat(contact.conversationIds()).containsExactly("m_ours");
    }

    private static List<Contact> contacts(String webhook) {
        return MetaMessages.in(JsonMapper.builder().build().readTree(webhook));
    }
}
