package org.contactrouter.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.contactrouter.ApplicationTest;
import org.contactrouter.contact.Channel;
import org.contactrouter.contact.Contact;
import org.contactrouter.contact.Identity;
import org.contactrouter.contact.Sender;
import org.contactrouter.officer.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The holder check holds: while the holder's action on a case is under way, a supervisor's transfer of it waits, so
 * the case cannot change hands between "you hold it" and the action.
 */
class HolderLockTest extends ApplicationTest {

    @Autowired
    CaseActions actions;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void aTransferWaitsForTheHoldersActionInProgressAndComesAfterIt() throws Exception {
        String holder = account("holder", Role.OFFICER);
        String other = account("other", Role.OFFICER);
        String reference = openCaseIn(unique("lock"), Contact.builder(Channel.PHONE, "api",
                        UUID.randomUUID().toString(), Instant.now())
                .sender(Sender.of("Caller", Identity.phone(unusedDramaNumber()))).subject("Missed call").build());
        transferTo(holder, reference);

        CountDownLatch checked = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        CompletableFuture<Void> noting = CompletableFuture.runAsync(() -> transactions.executeWithoutResult(tx -> {
            actions.note(new CaseActions.Actor(holder, false), reference, "called, no answer");
            checked.countDown();
            try {
                assertThat(finish.await(20, TimeUnit.SECONDS)).isTrue();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        assertThat(checked.await(20, TimeUnit.SECONDS)).isTrue();

        CompletableFuture<Void> transfer = CompletableFuture.runAsync(() ->
                actions.transferToOfficer(new CaseActions.Actor("lead", true), reference, other));
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5)).until(() -> !transfer.isDone());

        finish.countDown();
        noting.get(20, TimeUnit.SECONDS);
        transfer.get(20, TimeUnit.SECONDS);
        assertThat(caseColumn(reference, "assigned_officer")).isEqualTo(other);
        List<String> events = jdbc.sql("""
                        select e.event_type from case_event e join cases c on c.id = e.case_id
                        where c.reference = :r and e.event_type in ('NOTE', 'TRANSFERRED') order by e.id""")
                .param("r", reference).query(String.class).list();
        assertThat(events).as("the holder's note, then the transfer that waited for it")
                .containsExactly("TRANSFERRED", "NOTE", "TRANSFERRED");
    }
}
