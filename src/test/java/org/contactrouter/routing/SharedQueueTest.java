package org.contactrouter.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.contactrouter.ApplicationTest;
import org.contactrouter.contact.Channel;
import org.contactrouter.contact.Contact;
import org.contactrouter.contact.Identity;
import org.contactrouter.contact.Sender;
import org.contactrouter.persistence.SqlTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The shared queue on a real database: skills, Welsh, capacity, earliest deadline first across channels, widening,
 * and many officers taking at once. Each test works in its own service area so tests do not see each other's cases.
 */
class SharedQueueTest extends ApplicationTest {

    @Autowired
    SharedQueue queue;
    @Autowired
    PoolWideningScanner widening;

    @Test
    void aWasteOfficerNeverReceivesAWelshHousingCaseUnlessWideningAllowsIt() {
        String waste = unique("waste");
        String housing = unique("housing");
        String officer = officer("o", Map.of(Channel.EMAIL, 4), Set.of(waste), Set.of("en"));
        String welshSpeaker = officer("o", Map.of(Channel.EMAIL, 4), Set.of(waste), Set.of("en", "cy"));
        String welshHousing = openCase(Channel.EMAIL, housing, "cy", Instant.now().plus(1, ChronoUnit.HOURS));

        assertThat(queue.takeNext(officer)).isEmpty();
        assertThat(queue.takeNext(welshSpeaker)).isEmpty();
        setWidening(welshHousing, 2);
        assertThat(queue.takeNext(officer)).isEmpty();
        assertThat(queue.takeNext(welshSpeaker)).map(QueuedCase::reference).contains(welshHousing);
    }

    @Test
    void theEarliestDeadlineComesFirstAcrossChannelsThenTheOldest() {
        String area = unique("mixed");
        Instant now = Instant.now();
        String socialLate = openCase(Channel.SOCIAL, area, "en", now.plus(5, ChronoUnit.HOURS));
        String emailSoon = openCase(Channel.EMAIL, area, "en", now.plus(1, ChronoUnit.HOURS));
        String noDeadline = openCase(Channel.WEB, area, "en", null);
        String phoneMiddle = openCase(Channel.PHONE, area, "en", now.plus(3, ChronoUnit.HOURS));
        String officer = officer("o", Map.of(Channel.EMAIL, 5, Channel.SOCIAL, 5, Channel.WEB, 5, Channel.PHONE, 5, Channel.SMS, 5, Channel.POST, 5),
                Set.of(area), Set.of("en"));

        List<String> taken = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            taken.add(queue.takeNext(officer).orElseThrow().reference());
        }
        assertThat(taken).containsExactly(emailSoon, phoneMiddle, socialLate, noDeadline);
        assertThat(queue.takeNext(officer)).isEmpty();
    }

    @Test
    void capacityPerChannelIsRespected() {
        String area = unique("capacity");
        openCase(Channel.PHONE, area, "en", null);
        openCase(Channel.PHONE, area, "en", null);
        String email = openCase(Channel.EMAIL, area, "en", null);
        String officer = officer("o", Map.of(Channel.PHONE, 1, Channel.EMAIL, 1), Set.of(area), Set.of("en"));

        Set<String> channels = new HashSet<>();
        queue.takeNext(officer).ifPresent(c -> channels.add(c.channel()));
        queue.takeNext(officer).ifPresent(c -> channels.add(c.channel()));
        assertThat(channels).containsExactlyInAnyOrder("PHONE", "EMAIL");
        assertThat(queue.takeNext(officer)).isEmpty();
        assertThat(queue.heldBy(officer)).extracting(QueuedCase::reference).contains(email);
    }

    @Test
    void wideningLevelOneOpensOtherAreasOfTheSameChannel() {
        String mine = unique("mine");
        String other = unique("other");
        String officer = officer("o", Map.of(Channel.EMAIL, 3), Set.of(mine), Set.of("en"));
        String elsewhere = openCase(Channel.EMAIL, other, "en", null);
        String otherChannel = openCase(Channel.SOCIAL, other, "en", null);

        assertThat(queue.takeNext(officer)).isEmpty();
        setWidening(elsewhere, 1);
        setWidening(otherChannel, 1);
        assertThat(queue.takeNext(officer)).map(QueuedCase::reference).contains(elsewhere);
        assertThat(queue.takeNext(officer)).isEmpty();
        setWidening(otherChannel, 2);
        assertThat(queue.takeNext(officer)).map(QueuedCase::reference).contains(otherChannel);
    }

    @Test
    void theScannerWidensAtTheConfiguredThresholdsOnceAndTellsTheCaseHistory() {
        String mine = unique("mine");
        String other = unique("other");
        String officer = officer("o", Map.of(Channel.EMAIL, 3), Set.of(mine), Set.of("en"));
        String reference = openCase(Channel.EMAIL, other, "en", null);
        // Opened Monday 09:00, due Wednesday 09:00: 16 working hours; 50% at Tuesday 09:00, 80% at Tuesday 13:48.
        jdbc.sql("update cases set opened_at = :o, sla_due_at = :d, widening_next_at = null where reference = :r")
                .param("o", SqlTime.of(Instant.parse("2026-11-23T09:00:00Z")))
                .param("d", SqlTime.of(Instant.parse("2026-11-25T09:00:00Z"))).param("r", reference).update();

        widening.scan(Instant.parse("2026-11-23T16:00:00Z"));
        assertThat(queue.takeNext(officer)).isEmpty();
        widening.scan(Instant.parse("2026-11-24T09:30:00Z"));
        widening.scan(Instant.parse("2026-11-24T09:31:00Z"));
        assertThat(caseColumn(reference, "widening_level")).isEqualTo("1");
        widening.scan(Instant.parse("2026-11-24T14:00:00Z"));
        assertThat(caseColumn(reference, "widening_level")).isEqualTo("2");
        assertThat(jdbc.sql("""
                        select count(*) from case_event e join cases c on c.id = e.case_id
                        where c.reference = :r and e.event_type = 'POOL_WIDENED'""")
                .param("r", reference).query(Long.class).single()).isEqualTo(2);
        assertThat(queue.takeNext(officer)).map(QueuedCase::reference).contains(reference);
    }

    @Test
    void tenOfficersTakingAtOnceAssignEachCaseExactlyOnce() throws Exception {
        String area = unique("rush");
        List<String> cases = new ArrayList<>();
        Channel[] channels = Channel.values();
        for (int i = 0; i < 200; i++) {
            cases.add(openCase(channels[i % channels.length], area, "en", Instant.now().plusSeconds(i)));
        }
        List<String> officers = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            officers.add(officer("o", Map.of(Channel.EMAIL, 50, Channel.WEB, 50, Channel.PHONE, 50, Channel.SOCIAL, 50, Channel.SMS, 50, Channel.POST, 50),
                    Set.of(area), Set.of("en")));
        }
        ExecutorService pool = Executors.newFixedThreadPool(10);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<String>>> results = new ArrayList<>();
        try {
            for (String officer : officers) {
                Callable<List<String>> work = () -> {
                    start.await();
                    List<String> mine = new ArrayList<>();
                    for (int call = 0; call < 25; call++) {
                        queue.takeNext(officer).ifPresent(c -> mine.add(c.reference()));
                    }
                    return mine;
                };
                results.add(pool.submit(work));
            }
            start.countDown();
            List<String> taken = Collections.synchronizedList(new ArrayList<>());
            for (Future<List<String>> result : results) {
                taken.addAll(result.get());
            }
            assertThat(taken).hasSize(200).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(cases);
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.sql("""
                        select count(*) from case_event e join cases c on c.id = e.case_id
                        where c.service_area = :area and e.event_type = 'ASSIGNED'""")
                .param("area", area).query(Long.class).single()).isEqualTo(200);
    }

    @Test
    void pickingIsRefusedWhileSwitchedOffAndAllowedForQualifiedOfficersWhenOn() throws Exception {
        String area = unique("pick");
        String reference = openCase(Channel.EMAIL, area, "en", null);
        String officer = officer("o", Map.of(Channel.EMAIL, 2), Set.of(area), Set.of("en"));

        mvc.perform(post("/api/v1/cases/" + reference + "/claim").with(httpBasic(officer, PASSWORD)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.error").value("picking cases is switched off: take the next case instead"));
        String unqualified = officer("o", Map.of(Channel.PHONE, 1), Set.of(area), Set.of("en"));
        assertThatThrownBy(() -> queue.claim(unqualified, reference)).isInstanceOf(CaseActionRefused.class);
        assertThat(queue.claim(officer, reference).reference()).isEqualTo(reference);
    }

    @Test
    void theCountsPerChannelCoverEveryQueuedCaseTheOfficerMayTakeAndNoOther() {
        String area = unique("counted");
        String officer = officer("o", Map.of(Channel.EMAIL, 5, Channel.PHONE, 5), Set.of(area), Set.of("en"));
        Instant due = Instant.now().plus(2, ChronoUnit.HOURS);
        List<String> mine = List.of(openCase(Channel.EMAIL, area, "en", due), openCase(Channel.EMAIL, area, "en", due),
                openCase(Channel.PHONE, area, "en", due));
        String untrained = openCase(Channel.SOCIAL, area, "en", due);
        String welsh = openCase(Channel.EMAIL, area, "cy", due);

        List<QueuedCase> takeable = queue.queueFor(officer, 10_000);
        assertThat(takeable).extracting(QueuedCase::reference).containsAll(mine).doesNotContain(untrained, welsh);
        Map<Channel, Long> expected = new java.util.EnumMap<>(Channel.class);
        takeable.forEach(c -> expected.merge(Channel.valueOf(c.channel()), 1L, Long::sum));
        assertThat(queue.countsFor(officer)).isEqualTo(expected).doesNotContainKey(Channel.SOCIAL);
        assertThat(queue.countsFor(officer).get(Channel.PHONE)).isGreaterThanOrEqualTo(1);

        // out of the queue, so that other tests' officers (to whom waiting cases widen) do not get them
        String holder = account("holder", org.contactrouter.officer.Role.OFFICER);
        List.of(mine.get(0), mine.get(1), mine.get(2), untrained, welsh).forEach(r -> transferTo(holder, r));
    }

    private String openCase(Channel channel, String area, String language, Instant dueAt) {
        Contact contact = Contact.builder(channel, "test", UUID.randomUUID().toString(), Instant.now())
                .sender(Sender.of(null, Identity.email(UUID.randomUUID() + "@example.org")))
                .subject("queue test").serviceAreaHint(area).language(language).build();
        String reference = openCaseIn(area, contact);
        jdbc.sql("update cases set sla_due_at = :due where reference = :r")
                .param("due", SqlTime.of(dueAt)).param("r", reference).update();
        return reference;
    }

    private void setWidening(String reference, int level) {
        jdbc.sql("update cases set widening_level = :l where reference = :r").param("l", level).param("r", reference)
                .update();
    }

}
