package mx.idse.bench;

import java.io.PrintStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The benchmark harness behind {@code ./bench.sh}: runs the chosen scenarios in order and prints a
 * plain-text report, one figure per line with its unit, on stdout (progress goes to stderr).
 * Add a measurement by adding a {@link Scenario} to {@link #SCENARIOS} and its name to
 * {@link BenchOptions#ALL_SCENARIOS}.
 */
public final class Bench {

    static final String RATIO = "ratio.intake-vs-hashing-all-cores";

    private static final Map<String, Scenario> SCENARIOS = new LinkedHashMap<>();

    static {
        for (Scenario scenario : List.of(new HashingScenario(), new IntakeScenario())) {
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
        try (BenchContext context = new BenchContext(options, progress)) {
            for (String name : options.scenarios()) {
                figures.addAll(SCENARIOS.get(name).run(context));
            }
        }
        ratio(figures).ifPresent(figures::add);
        print(options, figures, report);
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

    private static Optional<Figure> find(List<Figure> figures, String name) {
        return figures.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    private static void print(BenchOptions options, List<Figure> figures, PrintStream out) {
        out.println("# IDSE Certificados benchmark, " + Instant.now().truncatedTo(ChronoUnit.SECONDS)
                + ", " + Runtime.getRuntime().availableProcessors() + " cores, Java " + System.getProperty("java.version"));
        out.println("# scenarios " + String.join(",", options.scenarios()) + ", n " + options.n() + ", warm-up "
                + options.warmup() + ", concurrency " + options.concurrency() + ", csr " + options.csrKeys()
                + ", service JVM options [" + String.join(" ", options.serviceJavaOptions()) + "]");
        for (Figure figure : figures) {
            out.println(figure.line());
        }
        out.flush();
    }
}
