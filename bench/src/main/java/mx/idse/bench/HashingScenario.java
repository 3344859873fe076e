package mx.idse.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import mx.idse.pki.credentials.PasswordHasher;

/**
 * Bare Argon2id: {@link PasswordHasher#hash} with the service's production parameters
 * ({@code idse.crypto.*} defaults: 19456 KiB, t=2, p=1), in this JVM, on one thread and then on
 * every core. This is the ceiling intake cannot beat: each new request costs one such hash.
 */
final class HashingScenario implements Scenario {

    static final int MEMORY_KIB = 19456;
    static final int ITERATIONS = 2;
    static final int PARALLELISM = 1;
    static final String ALL_CORES = "hashing.argon2id.all-cores";
    static final String CPU_PER_HASH = "hashing.argon2id.cpu-per-hash";

    @Override
    public String name() {
        return "hashing";
    }

    @Override
    public List<Figure> run(BenchContext context) throws Exception {
        BenchOptions options = context.options();
        int cores = Runtime.getRuntime().availableProcessors();
        PasswordHasher hasher = new PasswordHasher(MEMORY_KIB, ITERATIONS, PARALLELISM);
        context.progress("Hashing: Argon2id m=" + MEMORY_KIB + " KiB, t=" + ITERATIONS + ", p=" + PARALLELISM
                + "; warm-up " + options.warmup() + " per thread, then " + options.n() + " per thread on 1 and "
                + cores + " threads");
        hashesPerSecond(hasher, 1, options.warmup());
        double single = hashesPerSecond(hasher, 1, options.n());
        hashesPerSecond(hasher, cores, Math.min(options.warmup(), 2));
        long cpuBefore = processCpuNanos();
        double all = hashesPerSecond(hasher, cores, options.n());
        double cpuPerHash = (processCpuNanos() - cpuBefore) / 1e6 / (cores * options.n());
        return List.of(
                new Figure("hashing.argon2id.1-thread", single, "hashes/s"),
                new Figure(ALL_CORES, all, "hashes/s (" + cores + " threads)"),
                new Figure("hashing.argon2id.1-thread.latency", 1000.0 / single, "ms/hash"),
                new Figure(CPU_PER_HASH, cpuPerHash, "ms CPU/hash (this JVM, GC included, all-cores run)"));
    }

    /** CPU time of this JVM so far, all threads (the harness's Kafka is not started yet, or idle). */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** {@code perThread} hashes on each of {@code threads} threads; total hashes over wall time. */
    private static double hashesPerSecond(PasswordHasher hasher, int threads, int perThread) throws Exception {
        if (perThread == 0) {
            return 0;
        }
        char[] password = "Secreto2026x".toCharArray();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Callable<Void>> work = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                work.add(() -> {
                    for (int i = 0; i < perThread; i++) {
                        hasher.hash(password);
                    }
                    return null;
                });
            }
            long start = System.nanoTime();
            for (Future<Void> done : pool.invokeAll(work)) {
                done.get();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            return threads * perThread / seconds;
        } finally {
            pool.shutdownNow();
        }
    }
}
