package mx.idse.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import mx.idse.localrun.ServiceCommand;

/**
 * The benchmark harness behind {@code ./bench.sh}: runs the chosen scenarios in order and prints a
 * plain-text report, one figure per line with its unit, on stdout (progress goes to stderr).
 * Add a measurement by adding a {@link Scenario} to {@link #SCENARIOS} and its name to
 * {@link BenchOptions#ALL_SCENARIOS}.
 */
public final class Bench {

    static final String RATIO = "ratio.intake-vs-hashing-all-cores";
    static final String CPU_RATIO = "ratio.cpu.hash-vs-request";
    static final String ISSUANCE_RATIO = "ratio.issuance-vs-signing-all-cores";
    static final String ISSUANCE_CPU_RATIO = "ratio.cpu.signature-vs-certificate";

    private static final Map<String, Scenario> SCENARIOS = new LinkedHashMap<>();

    static {
        for (Scenario scenario : List.of(new HashingScenario(), new IntakeScenario(),
                new SigningScenario(), new IssuanceScenario(), new CrlScenario(), new OcspScenario(),
                new NotificacionScenario(), new FootprintScenario())) {
            SCENARIOS.put(scenario.name(), scenario);
        }
    }

    private Bench() {
    }

    public static void main(String[] args) {
        BenchOptions options;
        try {
            options = BenchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("bench: " + e.getMessage());
            System.exit(2);
            return;
        }
        try {
            run(options, System.out, System.err);
            System.exit(0);
        } catch (Exception e) {
            System.err.println("bench: failed: " + e);
            e.printStackTrace(System.err);
            System.exit(1);
        }
    }

    /** Runs the scenarios of {@code options}, prints the report on {@code report} and returns its figures. */
    static List<Figure> run(BenchOptions options, PrintStream report, PrintStream progress) throws Exception {
        List<Figure> figures = new ArrayList<>();
        String loadBefore = loadAverage();
        BenchContext context = new BenchContext(options, progress);
        // Ctrl-C must not leave the service, PostgreSQL or Kafka running.
        Thread stopOnExit = new Thread(context::close, "bench-stop");
        Runtime.getRuntime().addShutdownHook(stopOnExit);
        try {
            for (String name : options.scenarios()) {
                figures.addAll(SCENARIOS.get(name).run(context));
            }
        } finally {
            context.close();
            try {
                Runtime.getRuntime().removeShutdownHook(stopOnExit);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running or ran: nothing left to do
            }
        }
        ratio(figures).ifPresent(figures::add);
        cpuRatio(figures).ifPresent(figures::add);
        issuanceRatio(figures).ifPresent(figures::add);
        issuanceCpuRatio(figures).ifPresent(figures::add);
        print(options, figures, loadBefore, report);
        return figures;
    }

    /** Intake requests/s as a share of all-cores hashes/s: each request costs one hash, so 100% is the ceiling. */
    private static Optional<Figure> ratio(List<Figure> figures) {
        Optional<Figure> intake = find(figures, IntakeScenario.THROUGHPUT);
        Optional<Figure> hashing = find(figures, HashingScenario.ALL_CORES);
        if (intake.isEmpty() || hashing.isEmpty() || hashing.get().value() == 0) {
            return Optional.empty();
        }
        return Optional.of(new Figure(RATIO, 100.0 * intake.get().value() / hashing.get().value(),
                "% (intake requests/s / all-cores Argon2id hashes/s; target >= 80)"));
    }

    /**
     * The same comparison in CPU time: a bare hash's CPU over a request's CPU. Unlike the wall-clock
     * ratio it does not move when other processes take the cores between the two scenarios.
     */
    private static Optional<Figure> cpuRatio(List<Figure> figures) {
        Optional<Figure> request = find(figures, IntakeScenario.CPU_PER_REQUEST);
        Optional<Figure> hash = find(figures, HashingScenario.CPU_PER_HASH);
        if (request.isEmpty() || hash.isEmpty() || request.get().value() == 0) {
            return Optional.empty();
        }
        return Optional.of(new Figure(CPU_RATIO, 100.0 * hash.get().value() / request.get().value(),
                "% (CPU per bare hash / CPU per intake request: the wall-clock ratio on an otherwise idle machine)"));
    }

    /**
     * Certificates/s end to end as a share of raw all-cores signatures/s with the same provider: each
     * certificate costs one CA signature (plus the CSR check, storage and events), so 100% is the ceiling.
     */
    private static Optional<Figure> issuanceRatio(List<Figure> figures) {
        Optional<Figure> issuance = find(figures, IssuanceScenario.THROUGHPUT);
        Optional<Figure> signing = find(figures, SigningScenario.SERVICE_ALL_CORES);
        if (issuance.isEmpty() || signing.isEmpty() || signing.get().value() == 0) {
            return Optional.empty();
        }
        return Optional.of(new Figure(ISSUANCE_RATIO, 100.0 * issuance.get().value() / signing.get().value(),
                "% (certificates/s end to end / all-cores raw RSA-2048 signatures/s, service's provider)"));
    }

    /** The same in CPU time: one raw signature's CPU over one certificate's CPU in the service. */
    private static Optional<Figure> issuanceCpuRatio(List<Figure> figures) {
        Optional<Figure> certificate = find(figures, IssuanceScenario.CPU_PER_CERTIFICATE);
        Optional<Figure> signing = find(figures, SigningScenario.SERVICE_ONE_THREAD);
        if (certificate.isEmpty() || signing.isEmpty() || certificate.get().value() == 0 || signing.get().value() == 0) {
            return Optional.empty();
        }
        double msPerSignature = 1000.0 / signing.get().value();
        return Optional.of(new Figure(ISSUANCE_CPU_RATIO, 100.0 * msPerSignature / certificate.get().value(),
                "% (CPU per raw signature / service CPU per certificate: the share of a certificate's work that is the CA signature)"));
    }

    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static Optional<Figure> find(List<Figure> figures, String name) {
        return figures.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    private static void print(BenchOptions options, List<Figure> figures, String loadBefore, PrintStream out) {
        out.println("# IDSE Certificados benchmark, " + Instant.now().truncatedTo(ChronoUnit.SECONDS)
                + ", " + Runtime.getRuntime().availableProcessors() + " cores, Java " + System.getProperty("java.version"));
        out.println("# scenarios " + String.join(",", options.scenarios()) + ", n " + options.n() + ", warm-up "
                + options.warmup() + ", issuance n " + options.issuanceN() + " (warm-up " + options.issuanceWarmup() + "), signing " + options.signingSeconds()
                + " s, concurrency " + options.concurrency() + ", csr " + options.csrKeys()
                + ", service JVM options [" + String.join(" ", options.serviceJavaOptions().isEmpty()
                        ? ServiceCommand.MEMORY_SETTINGS : options.serviceJavaOptions()) + "]"
                + ", crl entries " + options.crlEntries() + " (naive " + options.crlNaiveEntries() + ")"
                + ", notification n " + options.notificationN() + " at " + options.notificationRate() + " requests/s");
        // Other processes' CPU use skews every figure: say how busy the machine was.
        out.println("# load average (1, 5, 15 min) before " + loadBefore + ", after " + loadAverage());
        for (Figure figure : figures) {
            out.println(figure.line());
        }
        out.flush();
    }
}
