package org.contactrouter.reliability;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.contactrouter.FreePort;

/**
 * The application in a separate JVM, started from the test class path on its own data directory and a free port,
 * so that a test can kill it as abruptly as a power cut would (SIGKILL: no shutdown hooks, nothing flushed).
 * Its output goes to a log file in the data directory, shown by {@link #logTail()} when a test fails.
 */
final class ChildApplication implements AutoCloseable {

    private final Process process;
    private final Path log;
    final int port;

    private ChildApplication(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /** Starts the application and waits until its health endpoint answers UP. */
    static ChildApplication start(Path dataDir, String name, List<String> arguments) {
        int port = FreePort.pick();
        Path log = dataDir.resolve(name + ".log");
        List<String> command = new ArrayList<>(List.of(
                Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                // C1 only and a small heap: the machine is shared, and start-up time matters more than peak speed.
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx384m",
                "-cp", System.getProperty("java.class.path"),
                "org.contactrouter.ContactRouterApplication",
                "--ccr.data-dir=" + dataDir, "--server.port=" + port,
                "--logging.level.org.contactrouter=WARN"));
        command.addAll(arguments);
        try {
            Files.createDirectories(dataDir);
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            ChildApplication child = new ChildApplication(process, log, port);
            child.awaitHealthy();
            return child;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    /** SIGKILL, as {@code kill -9}: the JVM gets no chance to finish anything. */
    void kill() {
        process.destroyForcibly();
        awaitExit();
    }

    /** Whether the process is still running. */
    boolean isAlive() {
        return process.isAlive();
    }

    /** The last lines of the application's log, for a failure message. */
    String logTail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** A normal stop (SIGTERM): Spring shuts down the routes, the broker and the database cleanly. */
    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroy();
            awaitExit();
        }
    }

    private void awaitHealthy() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest health = HttpRequest.newBuilder(uri("/actuator/health")).timeout(Duration.ofSeconds(5)).build();
        try {
            await("application on port " + port + " up").atMost(Duration.ofSeconds(90))
                    .pollInterval(Duration.ofMillis(250))
                    .failFast("the application exited:\n" + logTail(), () -> !process.isAlive())
                    .ignoreExceptions()
                    .until(() -> http.send(health, HttpResponse.BodyHandlers.ofString()).statusCode() == 200);
        } catch (RuntimeException e) {
            process.destroyForcibly();
            throw new AssertionError("the application did not start:\n" + logTail(), e);
        }
    }

    private void awaitExit() {
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

}
