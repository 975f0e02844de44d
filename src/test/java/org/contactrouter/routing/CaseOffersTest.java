package org.contactrouter.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.contactrouter.ApplicationTest;
import org.contactrouter.contact.Channel;
import org.contactrouter.contact.Contact;
import org.contactrouter.contact.Identity;
import org.contactrouter.contact.Sender;
import org.contactrouter.officer.OfficerDirectory;
import org.contactrouter.officer.Presence;
import org.contactrouter.persistence.SqlTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Push mode: offers go to the longest-idle qualified officer, lapse after the timeout and move on. */
class CaseOffersTest extends ApplicationTest {

    @Autowired
    CaseOffers offers;
    @Autowired
    SharedQueue queue;
    @Autowired
    OfficerDirectory directory;

    String area;

    @BeforeEach
    void ownArea() {
        area = unique("push");
        // Other tests' officers stay available in the shared database; only this test's are, here.
        jdbc.sql("update officer set presence = 'OFFLINE'").update();
    }

    @AfterEach
    void leaveNoCaseWaiting() {
        // The shared queue is every test's: a case left waiting here would be the next case of another test's officer
        // once the pool widens.
        jdbc.sql("update cases set status = 'CLOSED' where service_area = :a and status = 'QUEUED'").param("a", area)
                .update();
    }

    @Test
    void anOfferGoesToTheLongestIdleQualifiedOfficerAndLapsesToTheNext() {
        Instant now = Instant.now();
        String longIdle = officer(now.minusSeconds(3600));
        String recentlyBusy = officer(now.minusSeconds(60));
        String reference = openCase();

        assertThat(offers.offerRound(now)).isEqualTo(1);
        assertThat(offers.openOffersFor(longIdle)).extracting(CaseOffers.Offer::reference).containsExactly(reference);
        assertThat(offers.openOffersFor(recentlyBusy)).isEmpty();
        assertThat(queue.takeNext(recentlyBusy)).as("a case on offer is not given to someone else").isEmpty();

        offers.offerRound(now.plusSeconds(121));
        assertThat(offers.openOffersFor(longIdle)).isEmpty();
        assertThat(offers.openOffersFor(recentlyBusy)).extracting(CaseOffers.Offer::reference).containsExactly(reference);
        assertThat(events(reference)).containsExactly("CASE_OPENED", "CASE_QUEUED", "OFFERED", "OFFER_EXPIRED", "OFFERED");
    }

    @Test
    void acceptingAssignsTheCaseAndDecliningPassesItOn() {
        Instant now = Instant.now();
        String first = officer(now.minusSeconds(600));
        String second = officer(now.minusSeconds(300));
        String declined = openCase();

        offers.offerRound(now);
        long offer = offers.openOffersFor(first).get(0).id();
        offers.decline(first, offer);
        offers.offerRound(now.plusSeconds(1));
        CaseOffers.Offer passedOn = offers.openOffersFor(second).get(0);
        assertThat(passedOn.reference()).isEqualTo(declined);

        assertThat(offers.accept(second, passedOn.id()).reference()).isEqualTo(declined);
        assertThat(caseColumn(declined, "assigned_officer")).isEqualTo(second);
        assertThatThrownBy(() -> offers.accept(second, passedOn.id())).isInstanceOf(CaseActionRefused.class);
    }

    @Test
    void roundsRunningAtTheSameTimeNeverOfferOneCaseOrOneOfficerTwice() throws Exception {
        Instant now = Instant.now();
        for (int n = 0; n < 6; n++) {
            officer(now.minusSeconds(600 + n));
        }
        for (int n = 0; n < 20; n++) {
            openCase();
        }
        ConcurrentOfferRounds.runAndCheck(jdbc, area, offers, offers, now, 10);

        assertThat(eventsInArea("OFFERED")).as("one event per offer").isEqualTo(offersInArea("%"));
        assertThat(eventsInArea("OFFER_EXPIRED")).as("one event per lapsed offer").isEqualTo(offersInArea("EXPIRED"));
    }

    private long offersInArea(String statusLike) {
        return jdbc.sql("select count(*) from case_offer o join cases c on c.id = o.case_id "
                        + "where c.service_area = :a and o.status like :s")
                .param("a", area).param("s", statusLike).query(Long.class).single();
    }

    private long eventsInArea(String type) {
        return jdbc.sql("select count(*) from case_event e join cases c on c.id = e.case_id "
                        + "where c.service_area = :a and e.event_type = :t")
                .param("a", area).param("t", type).query(Long.class).single();
    }

    private List<String> events(String reference) {
        return jdbc.sql("select e.event_type from case_event e join cases c on c.id = e.case_id where c.reference = :r order by e.id")
                .param("r", reference).query(String.class).list();
    }

    private String openCase() {
        return openCaseIn(area, Contact.builder(Channel.EMAIL, "test", UUID.randomUUID().toString(), Instant.now())
                .sender(Sender.of(null, Identity.email(UUID.randomUUID() + "@example.org"))).subject("push").build());
    }

    private String officer(Instant lastAssigned) {
        String username = officer("p", Map.of(Channel.EMAIL, 2), Set.of(area), Set.of("en"));
        directory.setPresence(username, Presence.AVAILABLE, lastAssigned);
        jdbc.sql("update officer set last_assigned_at = :t where username = :u")
                .param("t", SqlTime.of(lastAssigned)).param("u", username).update();
        return username;
    }
}
