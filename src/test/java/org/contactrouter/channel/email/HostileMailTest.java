package org.contactrouter.channel.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.List;
import java.util.UUID;

import org.contactrouter.ApplicationTest;
import org.contactrouter.deadletter.DeadLetters;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Hostile mail through the whole email route (issue 8, 2): a message the parser refuses goes to the dead-letter
 * queue with its reason and is not read again, and the next good message still becomes a case.
 */
@DirtiesContext // the context polls this mail server, which stops with the class
class HostileMailTest extends ApplicationTest {

    private static final MailServers SERVERS = new MailServers();

    @Autowired
    DeadLetters deadLetters;

    @DynamicPropertySource
    static void emailChannel(DynamicPropertyRegistry registry) {
        SERVERS.registerEmailChannel(registry);
    }

    @AfterAll
    static void stopServers() {
        SERVERS.stop();
    }

    @Test
    void refusedMailIsDeadLetteredWithItsReasonOnceAndTheNextMailIsACase() {
        String marker = UUID.randomUUID().toString();
        StringBuilder headerBomb = new StringBuilder("From: bomb-" + marker + "@example.org\r\nSubject: bomb\r\n");
        for (int i = 0; i < EmailParser.MAX_HEADER_LINES; i++) {
            headerBomb.append("X-Filler-").append(i).append(": x\r\n");
        }
        SERVERS.deliver(headerBomb + "\r\nbody\r\n");
        SERVERS.deliver("From: broken-" + marker + "@example.org\r\nMIME-Version: 1.0\r\nContent-Type: text/plain\r\n"
                + "Content-Transfer-Encoding: !\r\n\r\nbody\r\n");
        String goodId = "good-" + marker + "@example.org";
        SERVERS.deliver("From: citizen@example.org\r\nMessage-ID: <" + goodId + ">\r\nSubject: Bins\r\n\r\n"
                + "My bin was missed.\r\n");

        await().atMost(WAIT).until(() -> jdbc.sql("select count(*) from contact where channel_message_id = :id")
                .param("id", goodId).query(Long.class).single() == 1);
        List<DeadLetters.DeadLetter> letters = await().atMost(WAIT).until(() -> deadLetters.list().stream()
                .filter(l -> l.preview().contains(marker)).toList(), found -> found.size() == 2);
        assertThat(letters).extracting(DeadLetters.DeadLetter::cause).containsExactlyInAnyOrder(
                "RejectedEmailException: too many header lines: 1002, the limit is 1000",
                "RejectedEmailException: unreadable message: java.io.IOException: Unknown encoding: !");
        // Marked seen once dead-lettered: later polls do not read them again.
        await().during(java.time.Duration.ofSeconds(1)).atMost(WAIT).until(() -> deadLetters.list().stream()
                .filter(l -> l.preview().contains(marker)).count() == 2);
    }
}
