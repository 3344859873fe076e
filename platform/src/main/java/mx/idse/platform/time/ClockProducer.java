package mx.idse.platform.time;

import java.time.Clock;
import java.util.Optional;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

/**
 * The clock every time-based rule reads. It can be moved only when
 * {@code idse.dev-clock.enabled=true}, which only the local run and the tests set; otherwise it
 * is the plain UTC system clock, whatever the profile.
 */
@Singleton
public class ClockProducer {

    private static final Logger LOG = Logger.getLogger(ClockProducer.class);

    private final Optional<MovableClock> movable;

    ClockProducer(@ConfigProperty(name = "idse.dev-clock.enabled", defaultValue = "false") boolean devClockEnabled) {
        this.movable = devClockEnabled ? Optional.of(new MovableClock(Clock.systemUTC())) : Optional.empty();
    }

    /** One line at start, so a movable clock in the wrong place is seen in the log. */
    void warnWhenMovable(@Observes StartupEvent start) {
        if (movable.isPresent()) {
            LOG.warn("idse.dev-clock.enabled=true: POST /dev/reloj moves this service's clock for anyone; "
                    + "never set it in production");
        }
    }

    @Produces
    @Singleton
    Clock clock() {
        return movable.<Clock>map(c -> c).orElseGet(Clock::systemUTC);
    }

    /** The movable clock, present only where moving time is enabled. */
    public Optional<MovableClock> movable() {
        return movable;
    }
}
