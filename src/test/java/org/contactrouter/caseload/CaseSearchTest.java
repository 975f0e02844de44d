package org.contactrouter.caseload;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.contactrouter.ApplicationTest;
import org.contactrouter.casework.CaseActions;
import org.contactrouter.contact.Channel;
import org.contactrouter.contact.Contact;
import org.contactrouter.contact.Identity;
import org.contactrouter.contact.Sender;
import org.contactrouter.sla.SlaState;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Finding a case on a real database, by what an officer would type and by the list's filters. Each test keeps to a
 * service area of its own, so that it sees only its own cases in a database other tests also write to.
 */
class CaseSearchTest extends ApplicationTest {

    @Autowired
    CaseSearch search;
    @Autowired
    CaseActions actions;

    @Test
    void aReferenceIsFoundAsTheCitizenReadsItOut() {
        String area = unique("search");
        String reference = open(area, Channel.WEB, "Ms Reader", "Bins", "My bin was missed",
                Identity.email(unique("r") + "@example.org"));
        open(area, Channel.WEB, "Someone Else", "Bins", "Mine too", Identity.email(unique("e") + "@example.org"));

        String readOut = reference.toLowerCase().replace('-', ' ');
        assertThat(references(find(readOut, area))).containsExactly(reference);
    }

    @Test
    void anEmailAddressFindsEveryCaseOfThatCitizenOnAnyChannel() {
        String area = unique("search");
        String address = unique("writer") + "@example.org";
        String phone = unusedDramaNumber();
        String byEmail = open(area, Channel.EMAIL, "Jo Writer", "Potholes", "There is a pothole",
                Identity.email(address));
        // the same person calls, giving both: one citizen across channels
        String byPhone = open(area, Channel.PHONE, "Jo Writer", "Call", "Called about the pothole",
                Identity.phone(phone), Identity.email(address));
        open(area, Channel.EMAIL, "Other", "Other", "Unrelated", Identity.email(unique("other") + "@example.org"));

        assertThat(references(find(address.toUpperCase(), area))).containsExactlyInAnyOrder(byEmail, byPhone);
    }

    @Test
    void aPhoneNumberIsFoundHoweverItIsWritten() {
        String area = unique("search");
        String e164 = unusedDramaNumber();
        String call = open(area, Channel.PHONE, null, "Missed call", "Voicemail left", Identity.phone(e164));
        String national = "0" + e164.substring(3, 7) + " " + e164.substring(7);

        assertThat(references(find(national, area))).containsExactly(call);
        assertThat(references(find("+44 (0)" + e164.substring(3), area))).containsExactly(call);
        assertThat(references(find("0" + e164.substring(3, 7) + " 000000", area))).isEmpty();
    }

    @Test
    void aPostcodeFindsTheLettersWrittenFromAnAddressThere() {
        String area = unique("search");
        String street = "Heol " + ThreadLocalRandom.current().nextInt(1_000_000);
        String letter = open(area, Channel.POST, "Ann Lewis", "Letter", "About my bins",
                Identity.postal("CF10 4UW", "12 " + street));
        String neighbour = open(area, Channel.POST, "Ben Lewis", "Letter", "About my bins",
                Identity.postal("CF10 4UW", "14 " + street));
        open(area, Channel.POST, "Cai Lewis", "Letter", "About my bins", Identity.postal("CF10 4UX", "12 " + street));

        assertThat(references(find("cf10 4uw", area))).containsExactlyInAnyOrder(letter, neighbour);
    }

    @Test
    void aHandleFindsTheCitizenOnTheirSocialNetwork() {
        String area = unique("search");
        String handle = "watcher" + ThreadLocalRandom.current().nextInt(1_000_000);
        String post = open(area, Channel.SOCIAL, "Watcher", null, "@council the lights are out",
                Identity.social("twitter", "@" + handle));

        assertThat(references(find("@" + handle.toUpperCase(), area))).containsExactly(post);
    }

    @Test
    void everyWordMustAppearInTheNameSubjectOrMessages() {
        String area = unique("search");
        String surname = "Pryderi" + ThreadLocalRandom.current().nextInt(1_000_000);
        String tree = open(area, Channel.EMAIL, "Gwen " + surname, "Fallen tree", "A tree is down on Mill Lane",
                Identity.email(unique("g") + "@example.org"));
        String lane = open(area, Channel.EMAIL, "Someone", "Pothole", "A pothole on Mill Lane",
                Identity.email(unique("s") + "@example.org"));

        assertThat(references(find(surname.toLowerCase(), area))).containsExactly(tree);
        assertThat(references(find("mill lane", area))).containsExactlyInAnyOrder(tree, lane);
        assertThat(references(find("tree mill", area))).containsExactly(tree);
        assertThat(references(find(surname + " pothole", area))).isEmpty();
        assertThat(references(find("100%", area))).as("a typed %% is not a wildcard").isEmpty();
    }

    @Test
    void filtersNarrowByChannelStateHolderAndSlaAndCountEachState() {
        String area = unique("search");
        String officer = officer("o", Map.of(Channel.EMAIL, 5), Set.of(area), Set.of("en"));
        String held = open(area, Channel.EMAIL, "A", "One", "first", Identity.email(unique("a") + "@example.org"));
        String queued = open(area, Channel.EMAIL, "B", "Two", "second", Identity.email(unique("b") + "@example.org"));
        String web = open(area, Channel.WEB, "C", "Three", "third", Identity.email(unique("c") + "@example.org"));
        transferTo(officer, held);
        jdbc.sql("update cases set sla_state = 'BREACHED' where reference = :r").param("r", queued).update();

        CaseSearch.Result heldByOfficer = search.find(filter(null, null, null, area, officer, null), 0, 50);
        assertThat(references(heldByOfficer)).containsExactly(held);
        assertThat(references(search.find(filter(null, null, Channel.WEB, area, null, null), 0, 50)))
                .containsExactly(web);
        assertThat(references(search.find(filter(null, null, null, area, null, SlaState.BREACHED), 0, 50)))
                .containsExactly(queued);

        CaseSearch.Result assigned = search.find(filter(null, CaseStatus.ASSIGNED, null, area, null, null), 0, 50);
        assertThat(references(assigned)).containsExactly(held);
        assertThat(assigned.byStatus()).as("counted as if no status were chosen")
                .containsEntry(CaseStatus.ASSIGNED, 1L).containsEntry(CaseStatus.QUEUED, 2L);
    }

    @Test
    void largeResultsComeAPageAtATimeNewestFirst() {
        String area = unique("search");
        Instant start = Instant.now().minus(1, ChronoUnit.HOURS);
        String oldest = open(area, start, "first");
        String middle = open(area, start.plusSeconds(60), "second");
        String newest = open(area, start.plusSeconds(120), "third");

        CaseSearch.Result first = search.find(filter(null, null, null, area, null, null), 0, 2);
        CaseSearch.Result second = search.find(filter(null, null, null, area, null, null), 1, 2);
        assertThat(references(first)).containsExactly(newest, middle);
        assertThat(references(second)).containsExactly(oldest);
        assertThat(first.totalElements()).isEqualTo(3);
        assertThat(first.totalPages()).isEqualTo(2);
    }

    private CaseSearch.Result find(String typed, String area) {
        return search.find(filter(typed, null, null, area, null, null), 0, 50);
    }

    private static CaseSearch.CaseFilter filter(String query, CaseStatus status, Channel channel, String area,
                                                String officer, SlaState sla) {
        return new CaseSearch.CaseFilter(query, status, channel, area, officer, sla);
    }

    private static List<String> references(CaseSearch.Result result) {
        return result.content().stream().map(CaseSearch.CaseSummary::reference).toList();
    }

    private String open(String area, Channel channel, String name, String subject, String body,
                        Identity... identities) {
        return openCaseIn(area, Contact.builder(channel, "api", UUID.randomUUID().toString(), Instant.now())
                .sender(Sender.of(name, identities)).subject(subject).body(body).build());
    }

    private String open(String area, Instant receivedAt, String body) {
        return openCaseIn(area, Contact.builder(Channel.WEB, "api", UUID.randomUUID().toString(), receivedAt)
                .sender(Sender.of("P", Identity.email(unique("p") + "@example.org"))).subject("Paging").body(body)
                .build());
    }
}
