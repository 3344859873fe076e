package mx.idse.pki.credentials;

import java.time.Duration;
import java.time.Instant;

/**
 * When a credential target (a folio, a usuario, a certificate) must stop accepting attempts.
 * Plain Java; {@link CredentialThrottle} applies it to rows of the database.
 *
 * <ul>
 * <li>Failures are counted while each comes within {@code window} of the later of the previous
 * failure and the end of its lockout; after a longer quiet time the count starts again at 1.</li>
 * <li>The {@code maxFailures}-th counted failure locks the target for {@code baseLockout}; each
 * further failure doubles the lockout, up to {@code maxLockout}. With the defaults (5, 15 min,
 * 60 s, 15 min): 5th failure 60 s, 6th 120 s, 7th 240 s, 8th 480 s, then 900 s each time.</li>
 * <li>An attempt while locked is refused with the seconds left (rounded up) and is not counted.</li>
 * <li>A success forgets the target (the caller deletes its state).</li>
 * </ul>
 */
public final class ThrottlePolicy {

    /** What is stored per target; {@code lockedUntil} is null until the first lockout. */
    public record State(int failures, Instant lastFailureAt, Instant lockedUntil) {
    }

    /** Allowed, or blocked for {@code retryAfterSeconds} more. */
    public record Decision(boolean allowed, long retryAfterSeconds) {
        static final Decision ALLOWED = new Decision(true, 0);
    }

    private final int maxFailures;
    private final Duration window;
    private final Duration baseLockout;
    private final Duration maxLockout;

    public ThrottlePolicy(int maxFailures, Duration window, Duration baseLockout, Duration maxLockout) {
        if (maxFailures < 1 || window.isNegative() || window.isZero() || baseLockout.isNegative()
                || baseLockout.isZero() || maxLockout.compareTo(baseLockout) < 0) {
            throw new IllegalArgumentException("Throttle settings out of range: max-failures=" + maxFailures
                    + ", window=" + window + ", base-lockout=" + baseLockout + ", max-lockout=" + maxLockout);
        }
        this.maxFailures = maxFailures;
        this.window = window;
        this.baseLockout = baseLockout;
        this.maxLockout = maxLockout;
    }

    /** May an attempt on a target in {@code state} (null: never failed) go ahead at {@code now}? */
    public Decision decide(State state, Instant now) {
        if (state == null || state.lockedUntil() == null || !now.isBefore(state.lockedUntil())) {
            return Decision.ALLOWED;
        }
        long millisLeft = Duration.between(now, state.lockedUntil()).toMillis();
        return new Decision(false, Math.max(1, (millisLeft + 999) / 1000));
    }

    /** The state after a failure at {@code now}, which {@link #decide} allowed. */
    public State afterFailure(State state, Instant now) {
        int failures = isStale(state, now) ? 1 : state.failures() + 1;
        // Below the limit there is no lockout: the count only grows, or restarted after a quiet time.
        Instant lockedUntil = failures >= maxFailures ? now.plus(lockout(failures - maxFailures)) : null;
        return new State(failures, now, lockedUntil);
    }

    /** A state that no longer matters at {@code now}: its next failure would start a fresh count. */
    public boolean isStale(State state, Instant now) {
        return state == null || state.failures() == 0 || !now.isBefore(quietSince(state).plus(window));
    }

    /** Rows whose quiet time started before this instant can be deleted. */
    public Instant staleBefore(Instant now) {
        return now.minus(window);
    }

    private static Instant quietSince(State state) {
        Instant lockEnd = state.lockedUntil();
        return lockEnd != null && lockEnd.isAfter(state.lastFailureAt()) ? lockEnd : state.lastFailureAt();
    }

    /** baseLockout * 2^doublings, capped; the shift is bounded so it cannot overflow. */
    private Duration lockout(int doublings) {
        Duration lockout = baseLockout.multipliedBy(1L << Math.min(doublings, 30));
        return lockout.compareTo(maxLockout) > 0 ? maxLockout : lockout;
    }
}
