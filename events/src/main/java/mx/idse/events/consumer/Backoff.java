package mx.idse.events.consumer;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/** Exponential backoff with jitter, so replicas that failed together do not retry together. */
final class Backoff {

    private final long initialMillis;
    private final long maxMillis;

    Backoff(Duration initial, Duration max) {
        this.initialMillis = Math.max(1, initial.toMillis());
        this.maxMillis = Math.max(initialMillis, max.toMillis());
    }

    /** The wait before retry number {@code retry} (1-based): initial * 2^(retry-1), capped, then 50-100% of it. */
    long delayMillis(int retry) {
        int doublings = Math.min(Math.max(retry - 1, 0), 30);
        long capped = Math.min(maxMillis, initialMillis << doublings);
        return capped / 2 + ThreadLocalRandom.current().nextLong(capped / 2 + 1);
    }
}
