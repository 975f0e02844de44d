package org.contactrouter.channel.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.atLeast;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import org.contactrouter.ApplicationTest;
import org.contactrouter.contact.Contact;
import org.contactrouter.intake.ContactGateway;
import org.contactrouter.intake.IntakeUnavailableException;
import org.contactrouter.reply.CitizenDates;
import org.contactrouter.sla.BusinessCalendar;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * The email channel end to end against real SMTP and IMAP servers (GreenMail), the embedded broker and H2: mail
 * in the council mailbox becomes a case, is acknowledged, threads, and is answered; automated mail opens nothing;
 * neither a mail-server outage nor a failed enqueue loses or doubles anything.
 */
@DirtiesContext // the context polls these mail servers, which stop with the class
class EmailChannelTest extends ApplicationTest {

    private static final MailServers SERVERS = new MailServers();
    private static final String STANDARD = "We aim to reply within 3 working days.";
    /** The sender's clock, far in the past: the case must start when the mailbox received the mail. */
    private static final String SENDER_DATE = "Wed, 01 Jan 2020 09:00:00 +0000";

    @DynamicPropertySource
    static void emailChannel(DynamicPropertyRegistry registry) {
        SERVERS.registerEmailChannel(registry);
        registry.add("ccr.channels.email.mailboxes[0].display-name", () -> "Test Council");
        registry.add("ccr.channels.email.smtp.timeout", () -> "5s");
        registry.add("ccr.channels.email.attachments.max-bytes", () -> "4096");
        registry.add("ccr.channels.email.acknowledgements.standard.email", () -> STANDARD);
        registry.add("ccr.replies.redelivery-delay", () -> "300ms");
    }

    @AfterAll
    static void stopServers() {
        SERVERS.stop();
    }

    /** Set to make the inbound queue refuse email contacts, as when the broker is down. */
    private static final AtomicBoolean QUEUE_DOWN = new AtomicBoolean();

    @MockitoSpyBean
    ContactGateway gateway;
    @Autowired
    MeterRegistry meters;

    @BeforeEach
    void queueWorks() {
        QUEUE_DOWN.set(false);
        doAnswer(call -> {
            if (QUEUE_DOWN.get()) {
                throw new IntakeUnavailableException(new IllegalStateException("broker down (test)"));
            }
            return call.callRealMethod();
        }).when(gateway).submit(any());
    }

    @Test
    void mailBecomesAnAcknowledgedCaseAndAnswersToItJoinIt() throws Exception {
        Instant start = Instant.now();
        String citizen = address("jo");
        String first = id("first");
        SERVERS.deliver(mail(citizen, first, "Missed bin on Tuesday", "My green bin was not emptied."));

        String reference = awaitCaseOf(first);
        assertThat(caseColumn(reference, "subject")).isEqualTo("Missed bin on Tuesday");
        assertThat(jdbc.sql("select opened_at from cases where reference = :r").param("r", reference)
                .query(OffsetDateTime.class).single().toInstant()).as("IMAP INTERNALDATE, not the Date header")
                .isAfter(start.minusSeconds(60));
        MimeMessage ack = awaitMail(citizen);
        assertThat(ack.getSubject()).isEqualTo("[" + reference + "] Re: Missed bin on Tuesday");
        assertThat(ack.getHeader("Auto-Submitted", null)).isEqualTo("auto-replied");
        assertThat(ack.getHeader("In-Reply-To", null)).isEqualTo("<" + first + ">");
        assertThat(text(ack)).contains(reference, STANDARD);
        assertThat(SERVERS.seen(first)).contains(true);

        String answerToAck = id("answer");
        SERVERS.deliver(mail(citizen, answerToAck, "Re: your email", "It was the blue bin too.",
                "In-Reply-To: <" + MailServers.messageIdOf(ack) + ">"));
        assertThat(awaitCaseOf(answerToAck)).isEqualTo(reference);

        String quotingReference = id("quoting");
        SERVERS.deliver(mail(citizen, quotingReference, "[" + reference + "] one more thing", "And the food caddy."));
        assertThat(awaitCaseOf(quotingReference)).isEqualTo(reference);

        String stranger = id("stranger");
        SERVERS.deliver(mail(address("someone.else"), stranger, "[" + reference + "] my bin too", "Me too."));
        String strangersCase = awaitCaseOf(stranger);
        assertThat(strangersCase).isNotEqualTo(reference);
        assertThat(jdbc.sql("""
                        select l.reference from cases c join cases l on l.id = c.linked_case_id
                        where c.reference = :r""").param("r", strangersCase).query(String.class).single())
                .isEqualTo(reference);

        assertThat(contactsOn(reference)).isEqualTo(3);
        assertThat(SERVERS.sentTo(citizen)).as("one acknowledgement per case, none for answers").hasSize(1);
    }

    @Test
    void automatedMailOpensNoCaseAndIsNeverAcknowledged() throws Exception {
        String citizen = address("auto.case");
        String original = id("original");
        SERVERS.deliver(mail(citizen, original, "Fly-tipping in the lane", "Mattresses again."));
        String reference = awaitCaseOf(original);
        String ackId = MailServers.messageIdOf(awaitMail(citizen));
        long casesBefore = caseCount();

        String outOfOffice = id("ooo");
        String unrelatedAutoReply = id("auto");
        String listMail = id("list");
        String bounce = id("bounce");
        SERVERS.deliver(mail(citizen, outOfOffice, "Automatic reply: [" + reference + "] Re: Fly-tipping",
                "I am away until Monday.", "Auto-Submitted: auto-replied", "In-Reply-To: <" + ackId + ">"));
        SERVERS.deliver(mail(address("away"), unrelatedAutoReply, "Out of office", "Away.",
                "Auto-Submitted: auto-replied"));
        SERVERS.deliver(mail(address("list"), listMail, "Parish newsletter", "News.",
                "List-Id: <parish.lists.example.org>", "List-Unsubscribe: <mailto:leave@lists.example.org>"));
        SERVERS.deliver(deliveryFailure(bounce, ackId, citizen));

        await().atMost(WAIT).until(SERVERS::allSeen);
        assertThat(caseCount()).isEqualTo(casesBefore);
        assertThat(contactsOn(reference)).isEqualTo(1);
        for (String messageId : List.of(outOfOffice, unrelatedAutoReply, listMail, bounce)) {
            assertThat(caseOf(messageId)).as(messageId).isEmpty();
        }
        assertThat(events(reference, "AUTOMATED_MAIL_RECEIVED")).singleElement().asString()
                .contains("AUTO_REPLY");
        assertThat(events(reference, "EMAIL_BOUNCED")).singleElement().asString()
                .contains("could not be delivered", "5.1.1", "marked undeliverable");
        assertThat(jdbc.sql("select undeliverable_reason from citizen_identity where identity_value = :a")
                .param("a", citizen).query(String.class).single()).startsWith("the citizen's mail server refused it: 5.1.1");
        assertThat(dropped("AUTO_REPLY")).isEqualTo(1);
        assertThat(dropped("MAILING_LIST")).isEqualTo(1);
        assertThat(SERVERS.sentTo(citizen)).as("only the first mail was acknowledged").hasSize(1);
        assertThat(SERVERS.sentTo("away")).isEmpty();
        assertThat(SERVERS.sentTo("list")).isEmpty();
        assertThat(SERVERS.sentTo("mailer-daemon")).isEmpty();
    }

    @Test
    void mailThatAsksForNoAutoReplyOrIsMachineWrittenOpensACaseThatSaysWhyItWasNotAcknowledged() throws Exception {
        String person = address("outlook.user");
        String suppressed = id("suppressed");
        String portal = address("portal");
        String generated = id("generated");
        String nullReturnPath = id("null-return-path");
        String vacation = address("vacation");
        String autoreply = id("x-autoreply");
        SERVERS.deliver(mail(person, suppressed, "Pothole on Mill Lane", "A deep pothole by number 4.",
                "X-Auto-Response-Suppress: All"));
        SERVERS.deliver(mail(portal, generated, "New form: report a dead animal", "Fox on the A48 near the school.",
                "Auto-Submitted: auto-generated"));
        SERVERS.deliver(mail(portal, nullReturnPath, "New form: missed collection", "Bin not emptied at 12 High St.",
                "Return-Path: <>"));
        SERVERS.deliver(mail(vacation, autoreply, "I am on leave", "Back on Monday.", "X-Autoreply: yes"));

        for (String messageId : List.of(suppressed, generated, nullReturnPath)) {
            String reference = awaitCaseOf(messageId);
            assertThat(events(reference, "ACKNOWLEDGEMENT_WITHHELD")).as(messageId).singleElement().asString()
                    .startsWith("no acknowledgement sent: ");
        }
        assertThat(events(awaitCaseOf(suppressed), "ACKNOWLEDGEMENT_WITHHELD")).singleElement().asString()
                .contains("the sender asked for no automatic reply", "X-Auto-Response-Suppress: All");
        assertThat(events(awaitCaseOf(generated), "ACKNOWLEDGEMENT_WITHHELD")).singleElement().asString()
                .contains("AUTO_GENERATED", "Auto-Submitted: auto-generated");
        // The officer sees which mail a machine wrote; a person who only asked for no auto-reply is not labelled so.
        assertThat(casePage(awaitCaseOf(generated))).contains("Automated mail");
        assertThat(casePage(awaitCaseOf(suppressed))).doesNotContain("Automated mail");
        await().atMost(WAIT).until(SERVERS::allSeen);
        assertThat(caseOf(autoreply)).as("an out-of-office reply opens no case").isEmpty();
        assertThat(SERVERS.sentTo(person)).isEmpty();
        assertThat(SERVERS.sentTo(portal)).isEmpty();
        assertThat(SERVERS.sentTo(vacation)).isEmpty();
    }

    @Test
    void aWebContactWithAnEmailAddressIsAcknowledgedByEmail() throws Exception {
        String citizen = address("web.user");
        String body = mvc.perform(post("/api/v1/contacts").with(httpBasic(OFFICER, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"name":"Web User","email":"%s","message":"Graffiti on the bridge","externalId":"%s"}"""
                                .formatted(citizen, UUID.randomUUID())))
                .andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString();
        String reference = body.replaceAll(".*\"reference\":\"([^\"]+)\".*", "$1");

        MimeMessage ack = awaitMail(citizen);
        assertThat(ack.getSubject()).startsWith("[" + reference + "]");
        assertThat(ack.getHeader("In-Reply-To", null)).as("a web form has no message to answer").isNull();
        assertThat(text(ack)).contains(reference, "We aim to reply within 3 working days.");
    }

    @Test
    void welshSubjectEncodedPerRfc2047SurvivesIntact() throws Exception {
        String subject = "Cwyn am y dŵr ger y tŷ: sbwriel ŷ ŵ";
        String encoded = MimeUtility.encodeText(subject, "UTF-8", "B");
        assertThat(encoded).startsWith("=?UTF-8?B?");
        String welsh = id("cymraeg");
        String sian = address("sian");
        SERVERS.deliver(mail(sian, welsh, encoded, "Mae'r biniau heb eu casglu."));

        String reference = awaitCaseOf(welsh);
        assertThat(caseColumn(reference, "subject")).isEqualTo(subject);
        // Detected as Welsh, so it is acknowledged in Welsh (Welsh Language Standards).
        assertThat(caseColumn(reference, "language")).isEqualTo("cy");
        assertThat(text(awaitMail(sian))).contains(reference, "Diolch am eich e-bost",
                "Ein nod yw ateb o fewn 3 diwrnod gwaith.");
        mvc.perform(get("/api/v1/cases/" + reference).with(httpBasic(OFFICER, PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.contacts[0].subject").value(subject));
    }

    @Test
    void theContactPagePromisesAConfirmationEmailOnlyWhenOneWillGoAndItDoes() throws Exception {
        String citizen = address("web");
        var sent = mvc.perform(post("/contact").with(csrf()).param("name", "Web Citizen").param("email", citizen)
                        .param("topic", "waste").param("message", "The recycling was left behind.")
                        .param("language", "en").param("submissionId", UUID.randomUUID().toString()))
                .andExpect(status().is3xxRedirection()).andReturn();
        String reference = sent.getResponse().getRedirectedUrl().replace("/contact/submitted/", "");
        String page = mvc.perform(get(sent.getResponse().getRedirectedUrl()).flashAttrs(sent.getFlashMap()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("We will email a confirmation with your reference to <strong>" + citizen)
                .doesNotContain("we have not sent it to you");
        assertThat(text(awaitMail(citizen))).as("and it does").contains(reference);
    }

    @Test
    void aContactFromTheWelshPageIsAWelshCaseAcknowledgedAndAnsweredInWelsh() throws Exception {
        String citizen = address("cymraeg.web");
        var sent = mvc.perform(post("/contact").with(csrf()).param("lang", "cy").param("email", citizen)
                        .param("topic", "waste").param("message", "Mae'r biniau heb eu casglu ers pythefnos.")
                        .param("language", "cy").param("submissionId", UUID.randomUUID().toString()))
                .andExpect(status().is3xxRedirection()).andReturn();
        String confirmation = sent.getResponse().getRedirectedUrl();
        assertThat(confirmation).as("the confirmation stays in Welsh").endsWith("?lang=cy");
        String reference = confirmation.replaceAll(".*/submitted/([^?]+).*", "$1");
        String page = mvc.perform(get(confirmation).flashAttrs(sent.getFlashMap()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("<html lang=\"cy\"", "Byddwn yn anfon e-bost i gadarnhau", "<strong>" + citizen);

        MimeMessage ack = awaitMail(citizen);
        assertThat(caseColumn(reference, "language")).isEqualTo("cy");
        assertThat(ack.getSubject()).isEqualTo("[" + reference + "] Ateb: Biniau, ailgylchu a gwastraff");
        assertThat(text(ack)).contains("Annwyl", reference, "Ein nod yw ateb o fewn 3 diwrnod gwaith.")
                .doesNotContain("Dear", "We aim to reply");

        replyAsOfficer(reference, "Bydd y criw yn casglu'r biniau yfory.");
        MimeMessage reply = await().atMost(WAIT).until(() -> SERVERS.sentTo(citizen), mail -> mail.size() == 2).get(1);
        assertThat(reply.getSubject()).isEqualTo("[" + reference + "] Ateb: Biniau, ailgylchu a gwastraff");
        assertThat(text(reply)).contains("Bydd y criw yn casglu'r biniau yfory.", "Yn gywir", "Eich cyfeirnod yw "
                + reference).doesNotContain("Yours sincerely");
    }

    @Test
    void oversizedAttachmentIsRefusedAndRecordedOnTheCase() throws Exception {
        String messageId = id("attachment");
        SERVERS.deliver(withPdf(address("big.file"), messageId, 5_000));

        String reference = awaitCaseOf(messageId);
        mvc.perform(get("/api/v1/cases/" + reference).with(httpBasic(OFFICER, PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.contacts[0].body").value("Photo of the pothole attached."))
                .andExpect(jsonPath("$.contacts[0].attachments[0].fileName").value("pothole.pdf"))
                .andExpect(jsonPath("$.contacts[0].attachments[0].sizeBytes").value(5_000))
                .andExpect(jsonPath("$.contacts[0].attachments[0].refusedReason")
                        .value("too large: 5000 bytes, limit 4096 bytes"));
    }

    @Test
    void officerReplyArrivesThreadedToTheCitizensMail() throws Exception {
        String citizen = address("threaded");
        String original = id("threaded");
        SERVERS.deliver(mail(citizen, original, "Street light out", "The light outside number 4 is out.",
                "References: <earlier@example.org>"));
        String reference = awaitCaseOf(original);
        String ackId = MailServers.messageIdOf(awaitMail(citizen));

        replyAsOfficer(reference, "An engineer will fix it on Friday.");

        MimeMessage reply = await().atMost(WAIT).until(() -> SERVERS.sentTo(citizen), sent -> sent.size() == 2).get(1);
        assertThat(reply.getSubject()).isEqualTo("[" + reference + "] Re: Street light out");
        assertThat(reply.getHeader("In-Reply-To", null)).isEqualTo("<" + original + ">");
        assertThat(MessageIds.parseList(reply.getHeader("References", " ")))
                .containsExactly("earlier@example.org", ackId, original);
        assertThat(reply.getHeader("Auto-Submitted", null)).isNull();
        assertThat(text(reply)).contains("An engineer will fix it on Friday.");
        // The mail server has the reply a moment before the dispatcher records it as sent.
        await().atMost(WAIT).until(() -> "SENT".equals(replyRow(reference, "REPLY", "status")));
        assertThat(replyRow(reference, "REPLY", "channel_message_id")).isEqualTo(MailServers.messageIdOf(reply));
        assertThat(events(reference, "REPLY_SENT")).hasSize(2);
    }

    @Test
    void aFreedomOfInformationRequestIsTimedByTheActAndItsExtensionIsMailedWithoutCountingAsTheAnswer()
            throws Exception {
        String citizen = address("foi");
        String original = id("foi");
        SERVERS.deliver(mail(citizen, original, "Freedom of Information request",
                "Under the Freedom of Information Act, please send me the council's spending on street lights."));
        String reference = awaitCaseOf(original);
        MimeMessage ack = awaitMail(citizen);
        assertThat(caseColumn(reference, "case_type")).isEqualTo("foi");
        assertThat(firstResponse(reference, "allowance")).isEqualTo("20 working days");
        Instant due = jdbc.sql("select m.due_at from sla_milestone m join cases c on c.id = m.case_id"
                        + " where c.reference = :r and m.milestone = 'FIRST_RESPONSE'")
                .param("r", reference).query(OffsetDateTime.class).single().toInstant();
        assertThat(text(ack)).as("the Act's deadline, not the channel's").doesNotContain(STANDARD)
                .contains("Your message is being handled as: Freedom of Information request. We will respond by "
                        + CitizenDates.format(due, BusinessCalendar.LONDON, "en") + ".");
        transferTo(OFFICER, reference);

        mvc.perform(post("/api/v1/cases/" + reference + "/extension").with(httpBasic(OFFICER, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"by\":\"20 working days\",\"reason\":\"We need to consider the public interest.\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.citizenTold").value(true));

        MimeMessage notice = await().atMost(WAIT).until(() -> SERVERS.sentTo(citizen), sent -> sent.size() == 2).get(1);
        assertThat(text(notice)).contains("We need more time to give you a full response on " + reference,
                "Why: We need to consider the public interest.");
        await().atMost(WAIT).until(() -> "SENT".equals(replyRow(reference, "NOTICE", "status")));
        assertThat(firstResponse(reference, "allowance")).isEqualTo("40 working days");
        assertThat(firstResponse(reference, "met_at")).as("a notice is not the answer").isNull();
        assertThat(caseColumn(reference, "status")).isEqualTo("ASSIGNED");
        assertThat(events(reference, "SLA_EXTENDED")).singleElement().asString()
                .contains("extended by 20 working days", "public interest");
    }

    private String firstResponse(String reference, String column) {
        return jdbc.sql("select m." + column + " from sla_milestone m join cases c on c.id = m.case_id"
                        + " where c.reference = :r and m.milestone = 'FIRST_RESPONSE'")
                .param("r", reference).query((rs, n) -> rs.getString(1)).list().get(0);
    }

    @Test
    void smtpOutageDelaysAnOfficerReplyWhichIsThenDeliveredExactlyOnce() throws Exception {
        String citizen = address("outage");
        String original = id("outage");
        SERVERS.deliver(mail(citizen, original, "Council tax band", "Is my band right?"));
        String reference = awaitCaseOf(original);
        awaitMail(citizen);

        SERVERS.stopRelay();
        try {
            replyAsOfficer(reference, "Your band is correct.");
            await().atMost(WAIT).until(() -> events(reference, "REPLY_ATTEMPT_FAILED").size() >= 2);
            assertThat(replyRow(reference, "REPLY", "status")).isEqualTo("PENDING");
        } finally {
            SERVERS.startRelay();
        }

        MimeMessage delivered = await().atMost(WAIT).until(() -> SERVERS.sentTo(citizen), sent -> !sent.isEmpty()).get(0);
        assertThat(text(delivered)).contains("Your band is correct.");
        await().atMost(WAIT).until(() -> replyRow(reference, "REPLY", "status").equals("SENT"));
        // the reply row is SENT, so no attempt can still be under way: what arrived is all there will be
        assertThat(SERVERS.sentTo(citizen)).hasSize(1);
        assertThat(replyRow(reference, "REPLY", "channel_message_id")).isEqualTo(MailServers.messageIdOf(delivered));
        assertThat(Integer.parseInt(replyRow(reference, "REPLY", "attempts")))
                .isEqualTo(events(reference, "REPLY_ATTEMPT_FAILED").size() + 1);
    }

    @Test
    void mailStaysUnseenWhileItCannotBeQueuedAndIsReadOnceLater() {
        String messageId = id("crash");
        QUEUE_DOWN.set(true);
        String raw = mail(address("patient"), messageId, "Housing repair", "The boiler is broken.");
        SERVERS.deliver(raw);

        // Read and refused at least twice: the failed attempt left it unseen for the next poll.
        await().atMost(WAIT).untilAsserted(() -> verify(gateway, atLeast(2)).submit(argThat(
                (Contact c) -> messageId.equals(c.channelMessageId()))));
        assertThat(SERVERS.seen(messageId)).contains(false);
        assertThat(caseOf(messageId)).isEmpty();

        QUEUE_DOWN.set(false);
        String reference = awaitCaseOf(messageId);
        await().atMost(WAIT).until(() -> SERVERS.seen(messageId).orElseThrow());

        // The same message read again (a crash after enqueueing, before it was marked seen) is not doubled.
        SERVERS.deliver(raw);
        await().atMost(WAIT).until(SERVERS::allSeen);
        assertThat(contactsOn(reference)).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from contact where channel_message_id = :id").param("id", messageId)
                .query(Long.class).single()).isEqualTo(1);
    }

    private String casePage(String reference) throws Exception {
        return mvc.perform(get("/workspace/cases/" + reference).with(user(OFFICER).roles("OFFICER")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private void replyAsOfficer(String reference, String body) throws Exception {
        transferTo(OFFICER, reference);
        mvc.perform(post("/api/v1/cases/" + reference + "/replies").with(httpBasic(OFFICER, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"body\":\"" + body + "\"}"))
                .andExpect(status().isAccepted());
    }

    private String awaitCaseOf(String messageId) {
        return await().atMost(WAIT).until(() -> caseOf(messageId), Optional::isPresent).orElseThrow();
    }

    private Optional<String> caseOf(String messageId) {
        return jdbc.sql("""
                        select c.reference from contact m join cases c on c.id = m.case_id
                        where m.channel = 'EMAIL' and m.channel_message_id = :id""")
                .param("id", messageId).query(String.class).optional();
    }

    private MimeMessage awaitMail(String address) {
        return await().atMost(WAIT).until(() -> SERVERS.sentTo(address), sent -> !sent.isEmpty()).get(0);
    }

    private long caseCount() {
        return jdbc.sql("select count(*) from cases").query(Long.class).single();
    }

    private List<String> events(String reference, String type) {
        return jdbc.sql("""
                        select e.detail from case_event e join cases c on c.id = e.case_id
                        where c.reference = :r and e.event_type = :type order by e.id""")
                .param("r", reference).param("type", type).query(String.class).list();
    }

    private String replyRow(String reference, String kind, String column) {
        return jdbc.sql("select r." + column + " from reply r join cases c on c.id = r.case_id"
                        + " where c.reference = :r and r.kind = :kind")
                .param("r", reference).param("kind", kind).query(String.class).single();
    }

    private double dropped(String reason) {
        var counter = meters.find(AutomatedMailRecorder.METRIC).tag("reason", reason).tag("outcome", "dropped")
                .counter();
        return counter == null ? 0 : counter.count();
    }

    private static String text(MimeMessage message) throws Exception {
        return new EmailParser(new FileSystemAttachmentStore(java.nio.file.Path.of("target", "unused")),
                EmailFixtures.POLICY).parse(message, EmailFixtures.MAILBOX, null, Instant.now()).body();
    }

    private static String id(String label) {
        return label + "-" + UUID.randomUUID() + "@example.org";
    }

    private static String address(String name) {
        return name + "." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    private static String mail(String from, String messageId, String subject, String body, String... headers) {
        return message(from, messageId, subject, List.of(headers), "text/plain; charset=UTF-8", body);
    }

    private static String message(String from, String messageId, String subject, List<String> headers,
                                  String contentType, String content) {
        StringBuilder raw = new StringBuilder();
        raw.append("From: ").append(from).append("\r\n")
                .append("To: ").append(MailServers.MAILBOX_ADDRESS).append("\r\n")
                .append("Subject: ").append(subject).append("\r\n")
                .append("Date: ").append(SENDER_DATE).append("\r\n")
                .append("Message-ID: <").append(messageId).append(">\r\n");
        for (String header : headers) {
            raw.append(header).append("\r\n");
        }
        return raw.append("MIME-Version: 1.0\r\nContent-Type: ").append(contentType).append("\r\n\r\n")
                .append(content).append("\r\n").toString();
    }

    private static String withPdf(String from, String messageId, int size) {
        String pdf = Base64.getMimeEncoder().encodeToString(new byte[size]);
        return message(from, messageId, "Pothole", List.of(), "multipart/mixed; boundary=\"b1\"", """
                --b1\r
                Content-Type: text/plain; charset=UTF-8\r
                \r
                Photo of the pothole attached.\r
                --b1\r
                Content-Type: application/pdf; name="pothole.pdf"\r
                Content-Disposition: attachment; filename="pothole.pdf"\r
                Content-Transfer-Encoding: base64\r
                \r
                """ + pdf + "\r\n--b1--");
    }

    /** A permanent delivery failure report (RFC 3464) for a message the council sent. */
    private static String deliveryFailure(String messageId, String originalId, String recipient) {
        return """
                Return-Path: <>\r
                From: Mail Delivery System <MAILER-DAEMON@mx.example.org>\r
                To: council@council.example\r
                Subject: Undelivered Mail Returned to Sender\r
                Message-ID: <%s>\r
                Auto-Submitted: auto-replied\r
                MIME-Version: 1.0\r
                Content-Type: multipart/report; report-type=delivery-status; boundary="dsn"\r
                \r
                --dsn\r
                Content-Type: text/plain; charset=us-ascii\r
                \r
                Your message could not be delivered.\r
                --dsn\r
                Content-Type: message/delivery-status\r
                \r
                Reporting-MTA: dns; mx.example.org\r
                \r
                Final-Recipient: rfc822; %s\r
                Action: failed\r
                Status: 5.1.1\r
                Diagnostic-Code: smtp; 550 5.1.1 User unknown\r
                \r
                --dsn\r
                Content-Type: text/rfc822-headers\r
                \r
                From: council@council.example\r
                Message-ID: <%s>\r
                \r
                --dsn--\r
                """.formatted(messageId, recipient, originalId);
    }
}
