package mx.idse.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

import mx.idse.pki.keys.SigningProvider;

/**
 * Raw RSA-2048 SHA256withRSA signatures/s with JMH ({@link RsaSigningBenchmark}), on one thread
 * and on every core, with the provider certificate-service chooses ({@link SigningProvider}, the
 * same code) and with the JDK's for comparison. JMH runs each configuration in a forked JVM with
 * warm-up iterations, so neither JIT state nor one provider's profile leaks into the other's
 * figure; its output goes to the progress stream.
 */
final class SigningScenario implements Scenario {

    static final String SERVICE_ALL_CORES = "signing.rsa2048.service.all-cores";
    static final String SERVICE_ONE_THREAD = "signing.rsa2048.service.1-thread";
    static final String SERVICE_IS_ACCP = "signing.provider.accp";

    @Override
    public String name() {
        return "signing";
    }

    @Override
    public List<Figure> run(BenchContext context) throws Exception {
        int seconds = context.options().signingSeconds();
        int cores = Runtime.getRuntime().availableProcessors();
        SigningProvider service = RsaSigningBenchmark.provider(RsaSigningBenchmark.SERVICE_PROVIDER);
        context.progress("Signing: JMH, RSA-2048 " + RsaSigningBenchmark.ALGORITHM + " with " + service.name()
                + " (the service's choice) and SunRsaSign; " + warmupSeconds(seconds) + " s warm-up and " + seconds
                + " s measured per configuration, 1 and " + cores + " threads");
        List<Figure> figures = new ArrayList<>();
        figures.add(new Figure(SERVICE_IS_ACCP, service.fallbackReason().isEmpty() ? 1 : 0,
                "(1 = ACCP) in-process choice, as certificate-service makes it: " + service.name() + " "
                        + service.provider().getVersionStr() + service.fallbackReason().map(r -> " (" + r + ")").orElse("")));
        for (int threads : List.of(1, cores)) {
            for (RunResult result : jmh(context, threads, seconds)) {
                String provider = result.getParams().getParam("provider");
                Result<?> score = result.getPrimaryResult();
                String name = "signing.rsa2048." + provider + "." + (threads == 1 ? "1-thread" : "all-cores");
                String providerName = RsaSigningBenchmark.provider(provider).name();
                // JMH gives no error margin for a single measured iteration.
                String margin = Double.isNaN(score.getScoreError()) ? "no error margin from 1 iteration"
                        : String.format(Locale.ROOT, "+- %.0f at 99.9%%", score.getScoreError());
                figures.add(new Figure(name, score.getScore(), String.format(Locale.ROOT, "signatures/s (%s, %d thread%s, JMH, %s)",
                        providerName, threads, threads == 1 ? "" : "s", margin)));
            }
        }
        speedup(figures);
        return figures;
    }

    /** How many times faster the service's provider signs than the JDK's, on all cores. */
    private static void speedup(List<Figure> figures) {
        double service = value(figures, SERVICE_ALL_CORES);
        double jdk = value(figures, "signing.rsa2048.jdk.all-cores");
        if (service > 0 && jdk > 0) {
            figures.add(new Figure("ratio.signing.service-vs-jdk", service / jdk, "x (service's provider / JDK, all cores)"));
        }
    }

    private static double value(List<Figure> figures, String name) {
        return figures.stream().filter(f -> f.name().equals(name)).mapToDouble(Figure::value).findFirst().orElse(0);
    }

    private static int warmupSeconds(int seconds) {
        return Math.min(seconds, 3);
    }

    /** Both providers on {@code threads} threads, one forked JVM per provider. */
    private static Collection<RunResult> jmh(BenchContext context, int threads, int seconds) throws Exception {
        Options options = new OptionsBuilder()
                .include(RsaSigningBenchmark.class.getName() + ".sign$")
                .threads(threads)
                .forks(1)
                .warmupIterations(warmupSeconds(seconds))
                .warmupTime(TimeValue.seconds(1))
                .measurementIterations(seconds)
                .measurementTime(TimeValue.seconds(1))
                .timeUnit(TimeUnit.SECONDS)
                .shouldFailOnError(true)
                .build();
        return new Runner(options, OutputFormatFactory.createFormatInstance(context.progressStream(), VerboseMode.NORMAL)).run();
    }
}
