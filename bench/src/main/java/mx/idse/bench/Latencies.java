package mx.idse.bench;

import java.util.Arrays;

/** Percentiles of recorded latencies (nearest-rank), in milliseconds. */
final class Latencies {

    private final long[] sortedNanos;

    Latencies(long[] nanos) {
        this.sortedNanos = nanos.clone();
        Arrays.sort(sortedNanos);
    }

    /** The {@code p}-th percentile (0 < p <= 100) in ms; 0 when nothing was recorded. */
    double percentileMillis(double p) {
        if (sortedNanos.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * sortedNanos.length);
        return sortedNanos[Math.max(0, Math.min(sortedNanos.length, rank) - 1)] / 1e6;
    }
}
