package org.contactrouter.channel.phone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.contactrouter.ApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The phone channel end to end on the embedded broker and H2: call-log files dropped in the inbox
 * (routes/phone.yaml) and calls posted to {@code /api/v1/contacts/phone} become cases whose response-time clock
 * starts at the call. One intake consumer, so that contacts are stored in the order they were queued.
 */
class PhoneChannelTest extends ApplicationTest {

    /**
     * Asterisk Master.csv rows as cdr_csv writes them: quoted caller ids and lastdata containing commas; line 4 has a
     * start time in the wrong format. Times are UK local (BST in July).
     */
    private static final String MASTER_CSV = """
            "","07700 900123","3001","housing","\""Jones, Mary\"" <07700900123>","PJSIP/trunk-0000001a","PJSIP/2001-0000001b","Dial","PJSIP/2001,20","2026-07-14 09:15:02","","2026-07-14 09:15:22",20,0,"NO ANSWER","DOCUMENTATION","1784016902.26",""
            "","01614960000","3001","housing","\""Smith, John\"" <01614960000>","PJSIP/trunk-0000001c","PJSIP/2001-0000001d","Dial","PJSIP/2001,20","2026-07-14 09:20:00","2026-07-14 09:20:04","2026-07-14 09:25:00",300,296,"ANSWERED","DOCUMENTATION","1784017200.27",""
            "","02079460000","3002","council-tax","\""Patel, Raj\"" <02079460000>","PJSIP/trunk-0000001e","","VoiceMail","3002@council-tax,u","2026-01-12 14:03:10","2026-01-12 14:03:12","2026-01-12 14:04:40",90,88,"ANSWERED","DOCUMENTATION","1768226590.31",""
            "","07700900456","3001","housing","\""Brown, Ann\"" <07700900456>","PJSIP/trunk-0000001f","","Dial","PJSIP/2001,20","14/07/2026 09:30","","",15,0,"NO ANSWER","DOCUMENTATION","1784017800.28",""
            "","anonymous","3001","housing","\""Anonymous\"" <anonymous>","PJSIP/trunk-00000020","","Queue","housing,t,,,300","2026-07-14 10:01:00","2026-07-14 10:01:01","2026-07-14 10:04:01",181,180,"ANSWERED","DOCUMENTATION","1784019660.29",""
            """;

    @DynamicPropertySource
    static void phoneSettings(DynamicPropertyRegistry registry) {
        registry.add("ccr.channels.phone.poll-interval", () -> "200ms");
        registry.add("ccr.intake.consumers", () -> "1");
    }

    private static final String JULY_15 = "2026-07-15";

    @Autowired
    PhoneChannelProperties phone;

    @Test
    void aCdrFileBecomesOneCasePerWaitingCallWithBadRowsQuarantinedAndMovesToDone() throws Exception {
        drop("Master.csv", MASTER_CSV);

        Path done = awaitDone("Master.csv", 1).get(0);
        assertThat(done.getFileName().toString()).matches("\\d{8}T\\d{6}-Master\\.csv");
        assertThat(Files.readString(done)).isEqualTo(MASTER_CSV);
        assertThat(phone.inbox().resolve("Master.csv")).doesNotExist();
        awaitCalls("asterisk-cdr", "", 3);
        // The answered call (line 2) is skipped; the response-time clock starts at each call's own start time.
        assertThat(callsOn("asterisk-cdr", "")).containsExactlyInAnyOrderEntriesOf(Map.of(
                "1784016902.26", Instant.parse("2026-07-14T08:15:02Z"),
                "1768226590.31", Instant.parse("2026-01-12T14:03:10Z"),
                "1784019660.29", Instant.parse("2026-07-14T09:01:00Z")));
        assertThat(subjectOf("1784016902.26")).isEqualTo("Missed call to Housing queue");
        assertThat(Files.readString(phone.quarantine().resolve(done.getFileName() + ".quarantine.csv")))
                .isEqualTo("""
                        line_number,reason,original_line
                        4,unparseable date '14/07/2026 09:30' in start,"%s"
                        """.formatted(MASTER_CSV.lines().toList().get(3).replace("\"", "\"\"")));
    }

    @Test
    void theSameFileDroppedTwiceCreatesNoDuplicatesAndAnEmptyFileJustMovesToDone() throws Exception {
        String log = """
                caller_number,caller_name,started_at,queue,outcome,notes,voicemail_reference
                07700 900321,"Evans, Huw",2026-07-15T10:00:00+01:00,Waste,MISSED,,
                Withheld,,2026-07-15T10:20:00+01:00,Environment,CALLBACK_REQUESTED,"Fly-tipping on Mill Lane, by the bridge",
                +44 (0)20 7946 0321,,2026-07-15 10:30:00,Council Tax,VOICEMAIL,,VM-2026-0321
                """;
        drop("calls.csv", log);
        awaitDone("calls.csv", 1);
        awaitCalls("council-csv", JULY_15, 3);
        String voicemail = jdbc.sql("""
                        select c.reference from cases c join contact m on m.case_id = c.id
                        where m.attributes like '%VM-2026-0321%'""").query(String.class).single();
        assertThat(mvc.perform(get("/workspace/cases/" + voicemail).with(user("lead").roles("SUPERVISOR", "OFFICER")))
                .andReturn().getResponse().getContentAsString())
                .as("the officer can find the recording from the case")
                .containsPattern(">Voicemail</dt>\\s*<dd class=\"govuk-summary-list__value\">\\s*VM-2026-0321");

        drop("calls.csv", log);
        awaitDone("calls.csv", 2);
        drop("empty.csv", "");
        awaitDone("empty.csv", 1);
        // A later call, queued behind the repeated ones: once it is stored, so is everything before it.
        drop("later.csv", """
                caller_number,caller_name,started_at,queue,outcome,notes,voicemail_reference
                07700900654,,2026-07-15T11:00:00+01:00,Waste,MISSED,,
                """);
        awaitCalls("council-csv", JULY_15, 4);

        assertThat(callsOn("council-csv", JULY_15).values()).containsExactlyInAnyOrder(
                Instant.parse("2026-07-15T09:00:00Z"), Instant.parse("2026-07-15T09:20:00Z"),
                Instant.parse("2026-07-15T09:30:00Z"), Instant.parse("2026-07-15T10:00:00Z"));
        try (Stream<Path> quarantined = Files.list(phone.quarantine())) {
            assertThat(quarantined.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("calls.csv")
                    || n.contains("empty.csv") || n.contains("later.csv"));
        }
    }

    @Test
    void aFileThatCannotBeFullyTakenInStaysInTheInboxAndIsReadAgain() throws Exception {
        // The quarantine folder is unusable (a plain file stands in its place): writing the bad rows fails, as
        // queueing does when the broker refuses, and the file must wait in the inbox rather than be lost.
        Path quarantine = phone.quarantine();
        Path aside = quarantine.resolveSibling("quarantine-aside");
        Files.move(quarantine, aside);
        Files.writeString(quarantine, "not a folder");
        try {
            drop("retry.csv", """
                    caller_number,caller_name,started_at,queue,outcome,notes,voicemail_reference
                    07700900987,,2026-07-16T10:00:00+01:00,Housing,MISSED,,
                    07700900988,,yesterday,Housing,MISSED,,
                    """);
            await().during(Duration.ofSeconds(1)).atMost(WAIT)
                    .until(() -> Files.exists(phone.inbox().resolve("retry.csv")) && doneFiles("retry.csv").isEmpty());
        } finally {
            Files.delete(quarantine);
            Files.move(aside, quarantine);
        }
        awaitDone("retry.csv", 1);
        awaitCalls("council-csv", "2026-07-16", 1);
        try (Stream<Path> quarantined = Files.list(phone.quarantine())) {
            assertThat(quarantined.map(p -> p.getFileName().toString())).anyMatch(n -> n.endsWith(
                    "-retry.csv.quarantine.csv"));
        }
    }

    @Test
    void theCallApiQueuesWaitingCallsSkipsAnsweredOnesAndExplainsBadFields() throws Exception {
        postCall("""
                {"callId": "cc-1001", "callerNumber": "07700 900777", "callerName": "Jo Bloggs",
                 "startedAt": "2026-07-14T10:00:00+01:00", "queue": "Housing", "outcome": "MISSED"}""")
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.callId").value("cc-1001"))
                .andExpect(jsonPath("$.status").value("accepted"));
        postCall("""
                {"callId": "cc-1002", "callerNumber": "07700 900778", "startedAt": "2026-07-14T10:05:00+01:00",
                 "outcome": "ANSWERED"}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("skipped"))
                .andExpect(jsonPath("$.reason").value("outcome ANSWERED does not create a contact"));
        postCall("""
                {"callId": "cc-1003", "callerNumber": "12ab", "startedAt": "last Tuesday", "outcome": "MAYBE"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder(
                        "callerNumber", "startedAt", "outcome")));
        postCall("null").andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("body"));

        awaitCalls("api", "", 1);
        assertThat(callsOn("api", "")).containsExactlyEntriesOf(Map.of("cc-1001",
                Instant.parse("2026-07-14T09:00:00Z")));

        // An officer rings back: the callback is recorded on the phone case (nothing is sent).
        String reference = referenceOf("cc-1001");
        transferTo(OFFICER, reference);
        mvc.perform(post("/api/v1/cases/" + reference + "/callbacks").with(httpBasic(OFFICER, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"outcome\":\"REACHED\",\"notes\":\"Sorted\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.countsAsResponse").value(true));
        assertThat(jdbc.sql("""
                        select r.kind || ' ' || r.status || ' ' || r.body from reply r join cases c on c.id = r.case_id
                        where c.reference = :r""").param("r", reference).query(String.class).single())
                .isEqualTo("CALLBACK SENT Spoke to the caller: Sorted");
    }

    private ResultActions postCall(String json) throws Exception {
        return mvc.perform(post("/api/v1/contacts/phone").with(httpBasic(OFFICER, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    /** Writes the file beside the inbox and moves it in, as a well-behaved export does. */
    private void drop(String name, String content) throws IOException {
        Path staged = phone.inbox().resolveSibling(name + ".staged");
        Files.writeString(staged, content, StandardCharsets.UTF_8);
        Files.move(staged, phone.inbox().resolve(name), StandardCopyOption.ATOMIC_MOVE);
    }

    private List<Path> awaitDone(String name, int copies) {
        await().atMost(WAIT).until(() -> doneFiles(name).size() == copies);
        return doneFiles(name);
    }

    private List<Path> doneFiles(String name) {
        try (Stream<Path> files = Files.list(phone.done())) {
            return files.filter(p -> p.getFileName().toString().endsWith("-" + name)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitCalls(String source, String utcDay, int count) {
        await().atMost(WAIT).until(() -> callsOn(source, utcDay).size() == count);
    }

    /**
     * Phone contacts from one source whose case opened on the given UTC day ("" for any), as channel message id ->
     * the case's opened_at, the start of its response-time clock. Each test uses its own source or day.
     */
    private Map<String, Instant> callsOn(String source, String utcDay) {
        return jdbc.sql("""
                        select m.channel_message_id, c.opened_at from contact m join cases c on c.id = m.case_id
                        where m.channel = 'PHONE' and m.source = :s""").param("s", source)
                .query((rs, row) -> Map.entry(rs.getString(1), rs.getObject(2, OffsetDateTime.class).toInstant()))
                .list().stream().filter(call -> call.getValue().toString().startsWith(utcDay))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private String subjectOf(String channelMessageId) {
        return jdbc.sql("select subject from contact where channel_message_id = :id").param("id", channelMessageId)
                .query(String.class).single();
    }

    private String referenceOf(String channelMessageId) {
        return jdbc.sql("select c.reference from contact m join cases c on c.id = m.case_id"
                + " where m.channel_message_id = :id").param("id", channelMessageId).query(String.class).single();
    }
}
