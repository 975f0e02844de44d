package org.contactrouter.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.apache.camel.ProducerTemplate;
import org.contactrouter.ApplicationTest;
import org.contactrouter.contact.Channel;
import org.contactrouter.contact.Contact;
import org.contactrouter.contact.Identity;
import org.contactrouter.contact.Sender;
import org.contactrouter.deadletter.DeadLetters;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jms.core.JmsTemplate;

/** Administrators see each dead letter with its cause, and can replay it to its queue or discard it. */
class DeadLetterAdminTest extends ApplicationTest {

    @Autowired
    JmsTemplate jms;
    @Autowired
    ContactCodec codec;
    @Autowired
    DeadLetters deadLetters;
    @Autowired
    ProducerTemplate producer;

    @Test
    void aPoisonMessageIsListedWithItsCauseAndCanBeDiscarded() throws Exception {
        String marker = "poison-" + UUID.randomUUID();
        jms.convertAndSend("contacts.in.social", "{\"" + marker + "\": ");

        DeadLetters.DeadLetter letter = await().atMost(WAIT).until(() -> deadLetters.list().stream()
                .filter(l -> l.preview().contains(marker)).findFirst().orElse(null), l -> l != null);
        assertThat(letter.cause()).startsWith("InvalidContactException");
        assertThat(letter.inboundQueue()).isEqualTo("contacts.in.social");

        mvc.perform(get("/admin/dead-letters").with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(r -> assertThat(r.getResponse().getContentAsString()).contains(marker));
        mvc.perform(delete("/api/v1/admin/dead-letters/" + letter.id()).with(user("admin").roles("ADMIN")))
                .andExpect(status().isNoContent());
        assertThat(deadLetters.list()).noneMatch(l -> l.id().equals(letter.id()));
        mvc.perform(delete("/api/v1/admin/dead-letters/" + letter.id()).with(user("admin").roles("ADMIN")))
                .andExpect(status().isNotFound());
    }

    @Test
    void aContactRejectedAgainWhenItsBatchIsRedeliveredIsDeadLetteredOnce() {
        String marker = "rejected-twice-" + UUID.randomUUID();
        RejectedContact rejected = new RejectedContact("ID:" + UUID.randomUUID(), "contacts.in.web", "{\"" + marker,
                "InvalidContactException: not JSON");
        producer.sendBody("direct:dead-letter", rejected);
        producer.sendBody("direct:dead-letter", rejected);

        await().atMost(WAIT).until(() -> lettersMarked(marker) == 1);
        await().during(Duration.ofSeconds(1)).atMost(WAIT).until(() -> lettersMarked(marker) == 1);
    }

    private long lettersMarked(String marker) {
        return deadLetters.list().stream().filter(l -> l.preview().contains(marker)).count();
    }

    @Test
    void aReplayedDeadLetterIsProcessedFromItsQueue() throws Exception {
        Contact contact = Contact.builder(Channel.EMAIL, "council-inbox", "replayed-" + UUID.randomUUID(), Instant.now())
                .sender(Sender.of(null, Identity.email("replayed@example.org"))).subject("Once stuck").build();
        // As the dead-letter route leaves it: the original body with the cause and the queue it came from.
        jms.convertAndSend("contacts.dead", codec.encode(contact), message -> {
            message.setStringProperty("ccrFailureCause", "CannotGetJdbcConnectionException: database down");
            message.setStringProperty("ccrInboundQueue", "contacts.in.email");
            return message;
        });
        String id = await().atMost(WAIT).until(() -> deadLetters.list().stream()
                .filter(l -> l.preview().contains(contact.channelMessageId())).map(DeadLetters.DeadLetter::id)
                .findFirst().orElse(null), i -> i != null);

        mvc.perform(post("/api/v1/admin/dead-letters/" + id + "/replay").with(user("officer").roles("OFFICER")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/admin/dead-letters/" + id + "/replay").with(user("admin").roles("ADMIN")))
                .andExpect(status().isNoContent());
        await().atMost(WAIT).until(() -> jdbc.sql("select count(*) from contact where channel_message_id = :m")
                .param("m", contact.channelMessageId()).query(Long.class).single() == 1);
    }
}
