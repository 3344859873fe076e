package mx.idse.events.consumer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class BackoffTest {

    private final Backoff backoff = new Backoff(Duration.ofMillis(100), Duration.ofSeconds(30));

    @Test
    void waitsDoubleFromTheInitialDelayWithJitter() {
        assertBetween(50, 100, backoff.delayMillis(1));
        assertBetween(100, 200, backoff.delayMillis(2));
        assertBetween(400, 800, backoff.delayMillis(4));
    }

    @Test
    void waitsNeverExceedTheCapHoweverLongTheOutage() {
        assertBetween(15_000, 30_000, backoff.delayMillis(20));
        assertBetween(15_000, 30_000, backoff.delayMillis(Integer.MAX_VALUE));
    }

    private static void assertBetween(long min, long max, long actual) {
        assertTrue(actual >= min && actual <= max, actual + " not in [" + min + ", " + max + "]");
    }
}
