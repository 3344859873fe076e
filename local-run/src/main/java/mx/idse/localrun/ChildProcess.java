package mx.idse.localrun;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;

/**
 * A JVM the launcher starts as its own process (a service, GreenMail), with stdout and stderr
 * appended to one log file and an HTTP readiness URL.
 */
public final class ChildProcess {

    private static final Duration POLL_INTERVAL = Duration.ofMillis(100);
    private static final Duration STOP_GRACE = Duration.ofSeconds(20);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final List<String> command;
    private final Path workingDirectory;
    private final Path log;
    private final URI readiness;
    private Process process;

    public ChildProcess(String name, List<String> command, Path log, URI readiness) {
        this(name, command, null, log, readiness);
    }

    /** A process that runs in {@code workingDirectory} (null: this JVM's). */
    public ChildProcess(String name, List<String> command, Path workingDirectory, Path log, URI readiness) {
        this.name = name;
        this.command = List.copyOf(command);
        this.workingDirectory = workingDirectory;
        this.log = log;
        this.readiness = readiness;
    }

    /** The name shown to people. */
    public String name() {
        return name;
    }

    /** The log file this process writes to. */
    public Path log() {
        return log;
    }

    /** Starts the process; output goes to the log file, which starts afresh with the command line. */
    public synchronized void start() {
        try {
            Files.createDirectories(log.getParent());
            // One run per log file, so a failure's tail shows this run only.
            Files.writeString(log, "=== local-run starts " + name + ": " + String.join(" ", command)
                    + System.lineSeparator(), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
            process = new ProcessBuilder(command)
                    .directory(workingDirectory == null ? null : workingDirectory.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .redirectInput(ProcessBuilder.Redirect.from(nullDevice()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + name + " (" + command.get(0) + ")", e);
        }
    }

    /**
     * Polls the readiness URL until it answers 200, the process exits, or {@code timeout} passes.
     * Returns whether it became ready.
     */
    public boolean awaitReady(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!isAlive()) {
                return false;
            }
            if (answers200()) {
                return true;
            }
            Thread.sleep(POLL_INTERVAL.toMillis());
        }
        return false;
    }

    /** Runs {@code action} with the exit code when the process ends, whoever ended it. */
    public synchronized void onExit(IntConsumer action) {
        if (process != null) {
            Process watched = process;
            watched.onExit().thenAccept(ended -> action.accept(ended.exitValue()));
        }
    }

    /** Tells whether the process is running. */
    public synchronized boolean isAlive() {
        return process != null && process.isAlive();
    }

    /** The operating system's process id, for jcmd and friends; -1 before start. */
    public synchronized long pid() {
        return process == null ? -1 : process.pid();
    }

    /** Exit code, or -1 while running or never started. */
    public synchronized int exitCode() {
        return process == null || process.isAlive() ? -1 : process.exitValue();
    }

    /** Asks the process to stop (SIGTERM: Quarkus shuts down gracefully), then forces it after a grace period. */
    public void stop() {
        Process running;
        synchronized (this) {
            running = process;
        }
        if (running == null || !running.isAlive()) {
            return;
        }
        running.destroy();
        try {
            if (!running.waitFor(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                Console.warn(name + " did not stop within " + STOP_GRACE.toSeconds() + " s; killing it");
                running.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            running.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** The last {@code lines} lines of the log, to show why something failed. */
    public String tail(int lines) {
        try {
            List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join(System.lineSeparator(), all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(could not read " + log + ": " + e.getMessage() + ")";
        }
    }

    /** Returns the HTTP status of a GET to {@code uri}, or -1 when nothing answers. */
    public static int statusOf(URI uri) {
        try {
            HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).GET().build();
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private boolean answers200() {
        return statusOf(readiness) == 200;
    }

    private static File nullDevice() {
        return new File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }
}
