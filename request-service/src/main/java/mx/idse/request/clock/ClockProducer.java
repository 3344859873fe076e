package mx.idse.request.clock;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.quarkus.runtime.configuration.ConfigUtils;

/** The clock every time-based rule reads. Movable only under the dev or test profile. */
@Singleton
public class ClockProducer {

    private final MovableClock clock = new MovableClock(Clock.systemUTC());

    @Produces
    @Singleton
    Clock clock() {
        return clock;
    }

    /** The movable clock, present only where moving time is allowed. */
    public Optional<MovableClock> movable() {
        return movingAllowed() ? Optional.of(clock) : Optional.empty();
    }

    /** True under the dev or test profile; a production process can never move its clock. */
    public static boolean movingAllowed() {
        List<String> profiles = ConfigUtils.getProfiles();
        return profiles.contains("dev") || profiles.contains("test");
    }
}
