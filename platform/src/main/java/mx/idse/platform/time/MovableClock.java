package mx.idse.platform.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The UTC system clock plus an offset. It exists only where
 * {@code idse.dev-clock.enabled=true} (see {@link ClockProducer}); elsewhere the offset is always zero.
 */
public final class MovableClock extends Clock {

    private final Clock base;
    private volatile Duration offset = Duration.ZERO;

    public MovableClock(Clock base) {
        this.base = base;
    }

    /** Moves the clock forward (or back, with a negative duration) by the given amount. */
    public void advance(Duration amount) {
        offset = offset.plus(amount);
    }

    /** Back to real time. */
    public void reset() {
        offset = Duration.ZERO;
    }

    public Duration offset() {
        return offset;
    }

    @Override
    public Instant instant() {
        return base.instant().plus(offset);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("Instants are kept in UTC; convert at the edges");
    }
}
