package mx.idse.events.outbox;

import java.time.Clock;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.quarkus.arc.DefaultBean;

/** The UTC system clock, unless the service produces its own {@link Clock} (e.g. a movable one for tests). */
@Singleton
public class SystemClockProducer {

    @Produces
    @Singleton
    @DefaultBean
    Clock systemClock() {
        return Clock.systemUTC();
    }
}
