package org.contactrouter.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.contactrouter.ApplicationTest;
import org.contactrouter.broker.QueuedMessage;
import org.contactrouter.contact.Channel;
import org.contactrouter.contact.Contact;
import org.contactrouter.contact.Identity;
import org.contactrouter.contact.Sender;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@link BatchIntake} on the application's real database: a batch is stored together, and what cannot be stored is
 * rejected with its cause without costing the rest of its batch.
 */
class BatchIntakeTest extends ApplicationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    BatchIntake batches;
    @Autowired
    ContactCodec codec;

    private final List<QueuedMessage> batch = new ArrayList<>();

    @Test
    void messagesThatAreNotContactsAreRejectedWithTheirCauseAndTheRestOfTheBatchIsStored() {
        Contact first = email("first");
        Contact second = email("second");
        add(first);
        batch.add(new QueuedMessage("not-json", "contacts.in.email", "{ this is not a contact"));
        batch.add(new QueuedMessage("not-text", "contacts.in.email", null));
        add(second);

        IntakeBatchResult result = batches.accept(batch);

        assertThat(result.caseEvents()).extracting(event -> field(event, "kind")).containsOnly("CASE_OPENED");
        assertThat(result.caseEvents()).extracting(event -> field(event, "channelMessageId"))
                .containsExactly(first.channelMessageId(), second.channelMessageId());
        assertThat(result.rejected()).extracting(RejectedContact::messageId).containsExactly("not-json", "not-text");
        assertThat(result.rejected()).allSatisfy(rejected -> {
            assertThat(rejected.queue()).isEqualTo("contacts.in.email");
            assertThat(rejected.cause()).startsWith("InvalidContactException: not a valid contact");
        });
        assertThat(result.rejected().get(0).text()).isEqualTo("{ this is not a contact");
        assertThat(storedContacts(first, second)).isEqualTo(2);
    }

    @Test
    void aContactTheDatabaseRefusesIsRejectedAfterItsRetriesAndTheOthersAreStored() {
        Contact earlier = email("earlier");
        add(earlier);
        String takenReference = field(batches.accept(List.copyOf(batch)).caseEvents().get(0), "reference");
        batch.clear();

        Contact before = email("before");
        // Claims a reference another case already has: the unique key refuses it however often it is tried.
        Contact clashing = Contact.builder(Channel.WEB, "web-form", "clash-" + UUID.randomUUID(), Instant.now())
                .sender(Sender.of("Clashing Citizen", Identity.email(UUID.randomUUID() + "@example.org")))
                .body("My bin was not collected").proposedReference(takenReference).build();
        Contact after = email("after");
        add(before);
        add(clashing);
        add(after);

        IntakeBatchResult result = batches.accept(batch);

        assertThat(result.caseEvents()).extracting(event -> field(event, "channelMessageId"))
                .containsExactly(before.channelMessageId(), after.channelMessageId());
        assertThat(result.rejected()).singleElement().satisfies(rejected -> {
            assertThat(rejected.messageId()).isEqualTo("id-" + clashing.channelMessageId());
            assertThat(rejected.cause()).startsWith("DuplicateKeyException");
        });
        assertThat(storedContacts(before, after)).isEqualTo(2);
        assertThat(storedContacts(clashing)).isZero();
    }

    @Test
    void contactsInOneBatchSeeEachOtherLikeContactsInSuccessiveBatches() {
        Contact opening = email("opening");
        Contact reply = Contact.builder(Channel.EMAIL, "imap", "reply-" + UUID.randomUUID(), Instant.now())
                .sender(opening.sender()).subject("Re: " + opening.subject()).body("And it is still there.")
                .conversationIds(List.of(opening.channelMessageId())).build();
        add(opening);
        add(reply);
        add(opening); // the same message again, as a redelivery would bring it

        List<JsonNode> events = batches.accept(batch).caseEvents().stream().map(JSON::readTree).toList();

        assertThat(events).extracting(e -> e.get("kind").asString())
                .containsExactly("CASE_OPENED", "CONTACT_ADDED", "DUPLICATE");
        assertThat(events).extracting(e -> e.get("reference").asString()).containsOnly(
                events.get(0).get("reference").asString());
        assertThat(contactsOn(events.get(0).get("reference").asString())).isEqualTo(2);
    }

    private Contact email(String name) {
        return Contact.builder(Channel.EMAIL, "imap", name + "-" + UUID.randomUUID(), Instant.now())
                .sender(Sender.of("Citizen " + name, Identity.email(name + "-" + UUID.randomUUID() + "@example.org")))
                .subject("Missed bin").body("My bin was not collected on Tuesday.").build();
    }

    private void add(Contact contact) {
        batch.add(new QueuedMessage("id-" + contact.channelMessageId(), "contacts.in." + contact.channel().key(),
                codec.encode(contact)));
    }

    private long storedContacts(Contact... contacts) {
        return List.of(contacts).stream().mapToLong(contact -> jdbc.sql(
                        "select count(*) from contact where channel_message_id = :id")
                .param("id", contact.channelMessageId()).query(Long.class).single()).sum();
    }

    private static String field(String event, String name) {
        return JSON.readTree(event).get(name).asString();
    }
}
