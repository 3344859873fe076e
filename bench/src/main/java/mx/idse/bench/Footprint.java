package mx.idse.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import mx.idse.localrun.ChildProcess;

/** A service process's start-up time and resident memory, as the operating system sees them. */
final class Footprint {

    private static final Pattern QUARKUS_STARTED = Pattern.compile("started in (\\d+[.,]\\d+)s");
    private static final Pattern VM_RSS = Pattern.compile("VmRSS:\\s+(\\d+) kB");

    /** What was measured when a service first answered ready. */
    record Start(Duration untilReady, double quarkusSeconds, double idleRssMegabytes) {
    }

    private Footprint() {
    }

    /** Right after readiness: the wall clock from launch, Quarkus's own "started in", and RSS. */
    static Start measureStart(ChildProcess process, Duration untilReady) {
        return new Start(untilReady, quarkusStartedSeconds(process.log()), rssMegabytes(process.pid()));
    }

    /** Resident set size of the process in MB (VmRSS of /proc/<pid>/status); -1 when unreadable. */
    static double rssMegabytes(long pid) {
        try {
            Matcher rss = VM_RSS.matcher(Files.readString(Path.of("/proc", String.valueOf(pid), "status")));
            return rss.find() ? Long.parseLong(rss.group(1)) / 1024.0 : -1;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** The seconds of Quarkus's "... started in 1.234s" log line (JVM start to ready, as it counts); -1 if absent. */
    private static double quarkusStartedSeconds(Path log) {
        try {
            Matcher started = QUARKUS_STARTED.matcher(Files.readString(log));
            return started.find() ? Double.parseDouble(started.group(1).replace(',', '.')) : -1;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
