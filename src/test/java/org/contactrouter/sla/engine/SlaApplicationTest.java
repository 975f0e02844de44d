package org.contactrouter.sla.engine;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.contactrouter.ApplicationTest;
import org.contactrouter.MutableClock;
import org.contactrouter.caseload.CaseLifecycle;
import org.contactrouter.caseload.CaseRepository;
import org.contactrouter.caseload.CaseStatus;
import org.contactrouter.contact.Channel;
import org.contactrouter.contact.Contact;
import org.contactrouter.contact.Identity;
import org.contactrouter.contact.Sender;
import org.contactrouter.intake.IntakeService;
import org.contactrouter.persistence.SqlTime;
import org.contactrouter.reply.ReplyKind;
import org.contactrouter.sla.BusinessCalendar;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The whole application with a clock the tests move, and the shipped standards plus a service-area override
 * ({@code highways}: first response within 1 working day). Subclasses share one application context.
 */
@Import(SlaApplicationTest.TestClock.class)
@TestPropertySource(properties = "ccr.sla.standards-file=src/test/resources/sla/engine-standards.yml")
abstract class SlaApplicationTest extends ApplicationTest {

    static final MutableClock CLOCK = new MutableClock(london("2026-03-02T09:00"));
    private static final AtomicInteger PHONES = new AtomicInteger();

    /** Not a @Configuration, so that component scanning of other test applications never picks it up. */
    static class TestClock {
        @Bean
        @Primary
        Clock testClock() {
            return CLOCK;
        }
    }

    /** What sla_milestone holds for one milestone of a case (the latest clock of it). */
    record Row(String allowance, Instant startedAt, Instant dueAt, Instant metAt, String state) {
    }

    @Autowired
    IntakeService intake;
    @Autowired
    CaseRepository cases;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    SlaService sla;

    static Instant london(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(BusinessCalendar.LONDON).toInstant();
    }

    /** Opens a case from a contact received on the channel now (by the test clock); returns its reference. */
    String open(Channel channel) {
        return open(channel, null);
    }

    /** As {@link #open(Channel)}, from a citizen who chose the case's language ("en" or "cy"; null: not said). */
    String open(Channel channel, String language) {
        Sender sender = channel == Channel.PHONE
                ? Sender.of(null, Identity.phone("+447700900" + (100 + PHONES.getAndIncrement() % 900)))
                : Sender.of(null, Identity.email(UUID.randomUUID() + "@example.com"));
        return intake.accept(Contact.builder(channel, "test", UUID.randomUUID().toString(), CLOCK.instant())
                .sender(sender).subject("About my bins").body("Please help").language(language).build()).reference();
    }

    /** The same citizen writes again on the case, now. */
    void citizenWritesAgain(String reference) {
        String email = jdbc.sql("""
                        select i.identity_value from cases c join citizen_identity i on i.citizen_id = c.citizen_id
                        where c.reference = :r""").param("r", reference).query(String.class).single();
        intake.accept(Contact.builder(Channel.EMAIL, "test", UUID.randomUUID().toString(), CLOCK.instant())
                .sender(Sender.of(null, Identity.email(email))).subject("Re: [" + reference + "]").body("And another thing")
                .caseReferenceHint(reference).build());
    }

    /** A reply of this kind reached the citizen now. */
    void delivered(String reference, ReplyKind kind, boolean countsAsResponse) {
        transaction.executeWithoutResult(s -> events.publishEvent(new CaseLifecycle.ReplyDelivered(caseId(reference),
                reference, kind, countsAsResponse, CLOCK.instant())));
    }

    /** The case moves to a status now, as an officer's action would move it. */
    void changeStatus(String reference, CaseStatus to) {
        transaction.executeWithoutResult(s -> {
            CaseStatus from = CaseStatus.valueOf(caseColumn(reference, "status"));
            cases.updateStatus(caseId(reference), to, CLOCK.instant());
            events.publishEvent(new CaseLifecycle.StatusChanged(caseId(reference), reference, from, to, CLOCK.instant()));
        });
    }

    long caseId(String reference) {
        return jdbc.sql("select id from cases where reference = :r").param("r", reference).query(Long.class).single();
    }

    Row milestone(String reference, String milestone) {
        return jdbc.sql("""
                        select m.* from sla_milestone m join cases c on c.id = m.case_id
                        where c.reference = :r and m.milestone = :m order by m.id desc limit 1""")
                .param("r", reference).param("m", milestone)
                .query((rs, n) -> new Row(rs.getString("allowance"), SqlTime.read(rs, "started_at"),
                        SqlTime.read(rs, "due_at"), SqlTime.read(rs, "met_at"), rs.getString("state")))
                .single();
    }

    /** Each milestone of the case with its deadline, by milestone name. */
    Map<String, Instant> deadlines(String reference) {
        Map<String, Instant> deadlines = new TreeMap<>();
        jdbc.sql("""
                        select m.milestone, m.due_at from sla_milestone m join cases c on c.id = m.case_id
                        where c.reference = :r""")
                .param("r", reference)
                .query(rs -> {
                    deadlines.put(rs.getString("milestone"), SqlTime.read(rs, "due_at"));
                });
        return deadlines;
    }

    long countMilestones(String reference, String milestone) {
        return jdbc.sql("""
                        select count(*) from sla_milestone m join cases c on c.id = m.case_id
                        where c.reference = :r and m.milestone = :m""")
                .param("r", reference).param("m", milestone).query(Long.class).single();
    }

    /** cases.sla_due_at, or null. */
    Instant slaDueAt(String reference) {
        return jdbc.sql("select sla_due_at from cases where reference = :r").param("r", reference)
                .query((rs, n) -> Optional.ofNullable(SqlTime.read(rs, "sla_due_at"))).single().orElse(null);
    }
}
