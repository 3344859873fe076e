package mx.idse.pki.testing;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;

/** Runs the stock {@code openssl} binary, the judge of what relying parties accept. */
public final class Openssl {

    /** Exit code and combined stdout + stderr of one run. */
    public record Result(int exitCode, String output) {
        public boolean ok() {
            return exitCode == 0;
        }
    }

    private Openssl() {
    }

    public static void assumePresent() {
        boolean present;
        try {
            present = run("version").ok();
        } catch (RuntimeException e) {
            present = false;
        }
        Assumptions.assumeTrue(present, "openssl is not installed");
    }

    public static Result run(String... args) {
        List<String> command = new ArrayList<>();
        command.add("openssl");
        command.addAll(List.of(args));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("openssl did not finish: " + command);
            }
            return new Result(process.exitValue(), output);
        } catch (IOException e) {
            throw new IllegalStateException("could not run openssl", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Like {@link #run} but fails the test with openssl's output when it exits non-zero. */
    public static String ok(String... args) {
        Result result = run(args);
        if (!result.ok()) {
            throw new AssertionError("openssl " + String.join(" ", args) + " failed:\n" + result.output());
        }
        return result.output();
    }

    /** A fresh directory under target/ (never the shared /tmp). */
    public static Path workDirectory(String prefix) {
        try {
            Path target = Path.of(Openssl.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getParent();
            return Files.createTempDirectory(target, prefix);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static void delete(Path directory) throws IOException {
        if (directory == null || !Files.exists(directory)) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
