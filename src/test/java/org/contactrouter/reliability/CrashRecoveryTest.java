package org.contactrouter.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.contactrouter.TestDataDirectory;
import org.junit.jupiter.api.Test;

/**
 * Issue 8, 1(a): 2,000 contacts arrive through four doors (call-log files, the phone call API, the JSON contact API
 * and Open311); the application process is killed with SIGKILL in the middle of the stream, started again on the
 * same data directory, and takes the rest. Every contact the application accepted (a file in the inbox, a 201/202
 * answer) must become exactly one case, and nothing may be dead-lettered: a contact whose request died with the
 * process (no answer) may be missing, never doubled.
 *
 * <p>What this exercises: the synchronous persistent send before the answer (ContactGateway), the transacted intake
 * consumers that acknowledge only after the database commit (routes/intake.yaml), the de-duplication by channel
 * message id for redelivered messages and re-read files (IntakeService), the file staying in the inbox until all its
 * contacts are queued (routes/phone.yaml), and the broker journal and the H2 file surviving the kill.
 */
class CrashRecoveryTest {

    private static final int FILES = 3;
    private static final int ROWS_PER_FILE = 200;
    private static final int PHONE_API_CALLS = 150;
    private static final int JSON_API_CONTACTS = 150;
    private static final int OPEN311_REQUESTS = 1_100;
    private static final int TOTAL = FILES * ROWS_PER_FILE + PHONE_API_CALLS + JSON_API_CONTACTS + OPEN311_REQUESTS;
    /** Killed once this many HTTP submissions have been answered: well inside the stream, with intake busy. */
    private static final int KILL_AFTER_ANSWERS = 600;

    private static final String CLIENT = "crash-client";
    private static final String SECRET = "crash-secret";
    private static final Pattern REFERENCE = Pattern.compile("\"(?:reference|service_request_id)\":\"(CR-[0-9-]+)\"");

    private final Path dataDir = TestDataDirectory.create("crash");
    private final Path inbox = dataDir.resolve("phone/inbox");
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /** Channel message ids and case references the application accepted. */
    private final Set<String> acceptedMessageIds = Collections.synchronizedSet(new HashSet<>());
    private final Set<String> acceptedReferences = Collections.synchronizedSet(new HashSet<>());
    private final AtomicInteger answered = new AtomicInteger();
    private final AtomicInteger unanswered = new AtomicInteger();
    private final List<String> refusals = Collections.synchronizedList(new ArrayList<>());

    @Test
    void everyAcceptedContactIsExactlyOneCaseAfterAKillAndRestart() throws Exception {
        List<String> arguments = List.of(
                // The test reads the database while the application runs; storage is the default H2 file.
                "--spring.datasource.url=" + databaseUrl(),
                "--ccr.channels.phone.poll-interval=300ms",
                // The killed instance cannot release the phone folder's lease: the restarted one waits it out.
                "--ccr.cluster.lease-duration=3s", "--ccr.cluster.renew-interval=1s",
                // One client sends all the contacts here: lift the per-client limit on public submissions.
                "--ccr.security.public-submissions-per-minute=1000000");

        ConcurrentLinkedQueue<Submission> work = new ConcurrentLinkedQueue<>(shuffledSubmissions());
        try (ChildApplication first = ChildApplication.start(dataDir, "first", arguments)) {
            createSystemAccounts();
            ExecutorService senders = startSenders(first, work);
            for (int file = 0; file < FILES; file++) {
                int fileNumber = file;
                await().atMost(Duration.ofSeconds(60))
                        .until(() -> answered.get() >= fileNumber * KILL_AFTER_ANSWERS / FILES);
                dropCallLog(fileNumber);
            }
            await().atMost(Duration.ofSeconds(60)).until(() -> answered.get() >= KILL_AFTER_ANSWERS);
            first.kill();
            stop(senders);
            assertThat(work).as("the kill came while contacts were still being submitted").isNotEmpty();
        }

        try (ChildApplication second = ChildApplication.start(dataDir, "second", arguments)) {
            try {
                // The citizens and systems carry on with the rest, so all 2,000 go through the restarted instance.
                stop(startSenders(second, work));
                await("every accepted contact stored").atMost(Duration.ofSeconds(60))
                        .pollInterval(Duration.ofMillis(500))
                        .until(() -> missingAccepted().isEmpty() && callLogsLeftInInbox() == 0);
                assertThat(refusals).as("submissions refused while the application was up").isEmpty();
                assertThat(casesWithOtherThanOneContact()).as("cases holding a doubled or no contact").isZero();
                assertThat(deadLetters(second)).as("dead-lettered contacts").isEqualTo("[]");
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError(e.getMessage() + "\nmissing: " + missingAccepted() + "\napplication log:\n"
                        + second.logTail(), e);
            }
        }
        assertThat(acceptedMessageIds.size() + acceptedReferences.size() + unanswered.get()).isEqualTo(TOTAL);
    }

    /** One contact to submit over HTTP. */
    private record Submission(String path, String contentType, String body, boolean authenticated, String messageId) {
    }

    private List<Submission> shuffledSubmissions() {
        List<Submission> submissions = new ArrayList<>();
        for (int i = 0; i < PHONE_API_CALLS; i++) {
            String callId = "crash-call-" + i;
            submissions.add(new Submission("/api/v1/contacts/phone", "application/json", """
                    {"callId":"%s","callerNumber":"%s","startedAt":"2026-07-14T10:00:00+01:00",
                     "queue":"Housing","outcome":"MISSED"}""".formatted(callId, phoneNumber(600 + i)), true, callId));
        }
        for (int i = 0; i < JSON_API_CONTACTS; i++) {
            submissions.add(new Submission("/api/v1/contacts", "application/json", """
                    {"externalId":"crash-web-%d","email":"crash-%d@example.org","message":"Missed bin %d"}"""
                    .formatted(i, i, i), true, null));
        }
        for (int i = 0; i < OPEN311_REQUESTS; i++) {
            submissions.add(new Submission("/open311/v2/requests.json", "application/x-www-form-urlencoded",
                    "service_code=pothole&lat=52.48&long=-1.89&description=Pothole+" + i, false, null));
        }
        Collections.shuffle(submissions, new java.util.Random(8));
        return submissions;
    }

    private ExecutorService startSenders(ChildApplication app, ConcurrentLinkedQueue<Submission> work) {
        ExecutorService senders = Executors.newFixedThreadPool(4);
        for (int i = 0; i < 4; i++) {
            senders.submit(() -> send(app, work));
        }
        return senders;
    }

    private static void stop(ExecutorService senders) throws InterruptedException {
        senders.shutdown();
        assertThat(senders.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
    }

    private void send(ChildApplication app, ConcurrentLinkedQueue<Submission> work) {
        Submission submission;
        while (app.isAlive() && (submission = work.poll()) != null) {
            HttpRequest.Builder request = HttpRequest.newBuilder(app.uri(submission.path()))
                    .timeout(Duration.ofSeconds(30))
                    .header("Content-Type", submission.contentType())
                    .POST(HttpRequest.BodyPublishers.ofString(submission.body()));
            if (submission.authenticated()) {
                request.header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((CLIENT + ":" + SECRET).getBytes(StandardCharsets.UTF_8)));
            }
            try {
                HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 201 || response.statusCode() == 202) {
                    record(submission, response.body());
                    answered.incrementAndGet();
                } else {
                    refusals.add(response.statusCode() + " " + response.body());
                }
            } catch (IOException e) {
                unanswered.incrementAndGet(); // the process died under this request: it may or may not be stored
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void record(Submission submission, String body) {
        if (submission.messageId() != null) {
            acceptedMessageIds.add(submission.messageId());
            return;
        }
        Matcher reference = REFERENCE.matcher(body);
        assertThat(reference.find()).as("reference in " + body).isTrue();
        acceptedReferences.add(reference.group(1));
    }

    /** Asterisk CDR rows with their uniqueid as the call id; written aside and renamed, as a PBX should. */
    private void dropCallLog(int file) {
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < ROWS_PER_FILE; i++) {
            int index = file * ROWS_PER_FILE + i;
            String callId = "crash-file-" + index;
            rows.append("\"\",\"%s\",\"3001\",\"housing\",\"\"\"Resident\"\" <%s>\",\"SIP/trunk-1\",\"\",\"Dial\",\"SIP/2001,20\",\"2026-07-14 09:15:02\",\"\",\"2026-07-14 09:15:22\",20,0,\"NO ANSWER\",\"DOCUMENTATION\",\"%s\",\"\"\n"
                    .formatted(phoneNumber(index), phoneNumber(index), callId));
            acceptedMessageIds.add(callId);
        }
        try {
            Files.createDirectories(inbox);
            Path partial = inbox.resolve("calls-" + file + ".part");
            Files.writeString(partial, rows, StandardCharsets.UTF_8);
            Files.move(partial, inbox.resolve("calls-" + file + ".csv"), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String phoneNumber(int index) {
        return "07700900%03d".formatted(index);
    }

    private List<String> missingAccepted() throws SQLException {
        Set<String> storedIds = new HashSet<>(column("select channel_message_id from contact"));
        Set<String> storedReferences = new HashSet<>(column("select reference from cases"));
        List<String> missing = new ArrayList<>();
        synchronized (acceptedMessageIds) {
            acceptedMessageIds.stream().filter(id -> !storedIds.contains(id)).forEach(missing::add);
        }
        synchronized (acceptedReferences) {
            acceptedReferences.stream().filter(r -> !storedReferences.contains(r)).forEach(missing::add);
        }
        return missing;
    }

    private long casesWithOtherThanOneContact() throws SQLException {
        return Long.parseLong(column("select count(*) from cases c where (select count(*) from contact m "
                + "where m.case_id = c.id) <> 1").get(0));
    }

    private long callLogsLeftInInbox() throws IOException {
        try (var files = Files.list(inbox)) {
            return files.filter(f -> f.toString().endsWith(".csv")).count();
        }
    }

    private String deadLetters(ChildApplication app) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(app.uri("/api/v1/admin/dead-letters"))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString(("crash-admin:" + SECRET).getBytes(StandardCharsets.UTF_8))).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }

    /**
     * Accounts for the load generator. Stateless Basic authentication checks a bcrypt hash on every request (about
     * a tenth of a second of CPU); a plain-text hash keeps 300 authenticated requests inside the time budget.
     * Authentication is not what this test is about.
     */
    private void createSystemAccounts() throws SQLException {
        try (Connection db = DriverManager.getConnection(databaseUrl(), "sa", "")) {
            for (String[] account : new String[][] {{CLIENT, "OFFICER"}, {"crash-admin", "ADMIN"}}) {
                try (var insert = db.prepareStatement("insert into officer (username, display_name, password_hash, "
                        + "role, enabled, created_at) values (?, ?, ?, ?, true, current_timestamp)")) {
                    insert.setString(1, account[0]);
                    insert.setString(2, account[0]);
                    insert.setString(3, "{noop}" + SECRET);
                    insert.setString(4, account[1]);
                    insert.executeUpdate();
                }
            }
        }
    }

    private List<String> column(String sql) throws SQLException {
        try (Connection db = DriverManager.getConnection(databaseUrl(), "sa", "");
             var rows = db.createStatement().executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        }
    }

    /**
     * The database URL config/application.yml gives this data directory, with AUTO_SERVER so that this test can read
     * the file while the application holds it (H2 refuses AUTO_SERVER together with DB_CLOSE_ON_EXIT=FALSE, which
     * only matters for a clean shutdown); every other setting (durability included) is the shipped default.
     * Connect only while the application runs: the first process to open the file serves it to the others.
     */
    private String databaseUrl() {
        String configured = ConfiguredDatabase.defaultUrl(dataDir);
        assertThat(configured).contains("AUTO_SERVER=FALSE");
        return configured.replace("AUTO_SERVER=FALSE", "AUTO_SERVER=TRUE").replace(";DB_CLOSE_ON_EXIT=FALSE", "");
    }
}
