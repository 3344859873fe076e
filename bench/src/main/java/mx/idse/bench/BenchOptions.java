package mx.idse.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Command-line options of the harness, each with a default:
 * <ul>
 * <li>{@code --n N} [200] measured operations per scenario (hashes per thread; intake requests)</li>
 * <li>{@code --issuance-n N} [2000] RequestConcluded events the issuance scenario publishes at once (it needs
 * more than {@code --n} to last long enough to measure at its rate)</li>
 * <li>{@code --issuance-warmup W} [500] unmeasured RequestConcluded events first: the service's issuance path
 * (key checks, certificate building, batch storage) needs more events than intake before its JIT has compiled it</li>
 * <li>{@code --signing-seconds S} [5] measured seconds per JMH configuration of the signing scenario (after
 * up to 3 s of warm-up), and per mode (pre-signed, live) of the OCSP scenario</li>
 * <li>{@code --warmup W} [100] unmeasured operations first, so the JIT has compiled the hot path (fewer leave the
 * service's JIT compiling during the measurement)</li>
 * <li>{@code --concurrency C} [2 x cores] requests in flight at once in the REST scenarios</li>
 * <li>{@code --scenarios a,b} [all, in order] which scenarios to run: {@value #ALL_SCENARIOS}</li>
 * <li>{@code --csr ec|rsa|mixed} [mixed] applicants' keys: EC P-256, RSA-2048, or alternating</li>
 * <li>{@code --notification-n N} [400] requests whose RequestSubmitted email is timed into the SMTP server</li>
 * <li>{@code --notification-rate R} [20] requests/s submitted in the notification scenario</li>
 * <li>{@code --service-java-opts "..."} [ServiceCommand.MEMORY_SETTINGS] JVM options (replacing the memory
 * settings) and {@code -D} settings for the services</li>
 * <li>{@code --crl-entries E} [5000 x n, so 1,000,000 by default] revoked entries in the CRL the crl scenario builds</li>
 * <li>{@code --crl-naive-entries E} [a tenth of --crl-entries; 0 skips it] entries for the naive BouncyCastle
 * build it compares with (7 to 16 s for a million here, so the default run builds fewer)</li>
 * </ul>
 * Also read from system properties: {@code idse.home} (repository root, default the current
 * directory) and {@code idse.bench.dir} (scratch directory, default {@code bench/target/bench-run}).
 */
record BenchOptions(int n, int issuanceN, int issuanceWarmup, int signingSeconds, int warmup, int concurrency, List<String> scenarios,
        String csrKeys, int notificationN, int notificationRate,
        List<String> serviceJavaOptions, int crlEntries, int crlNaiveEntries, Path repositoryRoot, Path workDirectory) {

    static final String ALL_SCENARIOS = "hashing,intake,signing,issuance,crl,ocsp,notification,footprint";
    /** None: the services run with ServiceCommand.MEMORY_SETTINGS, as deployed (docs/benchmarks.md says what was tried). */
    static final String DEFAULT_SERVICE_JAVA_OPTS = "";

    static final String USAGE = "usage: bench.sh [--n N] [--issuance-n N] [--issuance-warmup W] [--signing-seconds S] [--warmup W] [--concurrency C] [--scenarios "
            + ALL_SCENARIOS + "] [--csr ec|rsa|mixed] [--notification-n N] [--notification-rate R] [--service-java-opts \"-Xmx1g ...\"]"
            + " [--crl-entries E] [--crl-naive-entries E]";

    static BenchOptions parse(String... args) {
        int n = 200;
        int issuanceN = 2000;
        int issuanceWarmup = 500;
        int signingSeconds = 5;
        int warmup = 100;
        int concurrency = 2 * Runtime.getRuntime().availableProcessors();
        String scenarios = ALL_SCENARIOS;
        String csrKeys = "mixed";
        int notificationN = 400;
        int notificationRate = 20;
        String javaOpts = System.getProperty("idse.bench.service-java-opts", DEFAULT_SERVICE_JAVA_OPTS);
        int crlEntries = -1;
        int crlNaiveEntries = -1;
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(option + " needs a value; " + USAGE);
            }
            String value = args[++i];
            switch (option) {
                case "--n" -> n = atLeast(1, option, value);
                case "--issuance-n" -> issuanceN = atLeast(1, option, value);
                case "--issuance-warmup" -> issuanceWarmup = atLeast(0, option, value);
                case "--signing-seconds" -> signingSeconds = atLeast(1, option, value);
                case "--warmup" -> warmup = atLeast(0, option, value);
                case "--concurrency" -> concurrency = atLeast(1, option, value);
                case "--scenarios" -> scenarios = value;
                case "--notification-n" -> notificationN = atLeast(1, option, value);
                case "--notification-rate" -> notificationRate = atLeast(1, option, value);
                case "--csr" -> csrKeys = value.toLowerCase(Locale.ROOT);
                case "--service-java-opts" -> javaOpts = value;
                case "--crl-entries" -> crlEntries = atLeast(0, option, value);
                case "--crl-naive-entries" -> crlNaiveEntries = atLeast(0, option, value);
                default -> throw new IllegalArgumentException("unknown option " + option + "; " + USAGE);
            }
        }
        List<String> chosen = new ArrayList<>(Arrays.stream(scenarios.split(",")).map(String::trim)
                .filter(s -> !s.isEmpty()).toList());
        for (String scenario : chosen) {
            if (!List.of(ALL_SCENARIOS.split(",")).contains(scenario)) {
                throw new IllegalArgumentException("unknown scenario " + scenario + "; known: " + ALL_SCENARIOS);
            }
        }
        if (!List.of("ec", "rsa", "mixed").contains(csrKeys)) {
            throw new IllegalArgumentException("--csr must be ec, rsa or mixed");
        }
        Path root = Path.of(System.getProperty("idse.home", "")).toAbsolutePath().normalize();
        Path work = Path.of(System.getProperty("idse.bench.dir", root.resolve("bench/target/bench-run").toString()))
                .toAbsolutePath().normalize();
        List<String> options = javaOpts.isBlank() ? List.of() : List.of(javaOpts.trim().split("\\s+"));
        // The CRL scales with --n so the harness's own test (n 5) builds 25,000 entries, not a million.
        int crl = crlEntries >= 0 ? crlEntries : 5000 * n;
        int naive = crlNaiveEntries >= 0 ? crlNaiveEntries : crl / 10;
        return new BenchOptions(n, issuanceN, issuanceWarmup, signingSeconds, warmup, concurrency, List.copyOf(chosen), csrKeys,
                notificationN, notificationRate, options, crl, naive, root, work);
    }

    private static int atLeast(int minimum, String option, String value) {
        try {
            int number = Integer.parseInt(value);
            if (number >= minimum) {
                return number;
            }
        } catch (NumberFormatException e) {
            // fall through
        }
        throw new IllegalArgumentException(option + " must be a number >= " + minimum + ", not '" + value + "'");
    }
}
