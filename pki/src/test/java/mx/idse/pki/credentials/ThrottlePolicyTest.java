package mx.idse.pki.credentials;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.CsvSource;

import mx.idse.pki.credentials.ThrottlePolicy.Decision;
import mx.idse.pki.credentials.ThrottlePolicy.State;

/** Policy under test: 5 failures, window 15 min, base lockout 60 s, max lockout 15 min; tables in seconds from now. */
class ThrottlePolicyTest {

    private static final Instant NOW = Instant.parse("2026-11-27T18:00:00Z");
    private final ThrottlePolicy policy = new ThrottlePolicy(5, Duration.ofMinutes(15), Duration.ofSeconds(60),
            Duration.ofMinutes(15));

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/rules/throttle-decide.csv", numLinesToSkip = 1)
    void decidesWhetherAnAttemptMayGoAhead(String name, Integer failures, Double lastFailureAgo,
                                           Double lockedUntilIn, boolean allowed, long retryAfter) {
        Decision decision = policy.decide(state(failures, lastFailureAgo, lockedUntilIn), NOW);

        assertEquals(new Decision(allowed, retryAfter), decision);
    }

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/rules/throttle-failure.csv", numLinesToSkip = 1)
    void countsAFailureAndLocksFromTheLimitOnDoublingUpToTheCap(String name, Integer failures, Double lastFailureAgo,
                                                                Double lockedUntilIn, int newFailures,
                                                                Double newLockedUntilIn) {
        State after = policy.afterFailure(state(failures, lastFailureAgo, lockedUntilIn), NOW);

        assertEquals(new State(newFailures, NOW, newLockedUntilIn == null ? null : at(newLockedUntilIn)), after);
    }

    @Test
    void anAttemptRefusedWhileLockedIsNotCounted() {
        State locked = policy.afterFailure(new State(4, NOW.minusSeconds(5), null), NOW);
        Instant tenSecondsLater = NOW.plusSeconds(10);

        assertEquals(new Decision(false, 50), policy.decide(locked, tenSecondsLater));
        assertEquals(new Decision(false, 50), policy.decide(locked, tenSecondsLater), "asking again changes nothing");
    }

    @ParameterizedTest(name = "max-failures={0} window={1} base={2} max={3}")
    @CsvSource({"0, PT15M, PT60S, PT15M", "5, PT0S, PT60S, PT15M", "5, PT15M, PT0S, PT15M",
        "5, PT15M, PT60S, PT30S", "5, -PT1M, PT60S, PT15M"})
    void refusesSettingsThatMakeNoSense(int maxFailures, Duration window, Duration base, Duration max) {
        assertThrows(IllegalArgumentException.class, () -> new ThrottlePolicy(maxFailures, window, base, max));
    }

    private static State state(Integer failures, Double lastFailureAgo, Double lockedUntilIn) {
        if (failures == null) {
            return null;
        }
        return new State(failures, at(-lastFailureAgo), lockedUntilIn == null ? null : at(lockedUntilIn));
    }

    private static Instant at(double secondsFromNow) {
        return NOW.plusMillis(Math.round(secondsFromNow * 1000));
    }
}
