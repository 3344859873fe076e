package mx.idse.events.consumer;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How {@link IdempotentConsumer} retries a failing event. */
@ConfigMapping(prefix = "idse.events.consumer")
public interface ConsumerConfig {

    /** Quick attempts for a handler bug or poison data before the event is dead-lettered. */
    @WithDefault("3")
    int poisonAttempts();

    /** First wait after a transient failure (database down, lock conflict); it doubles on each retry. */
    @WithDefault("100ms")
    Duration retryInitialDelay();

    /** The longest wait between two retries of a transient failure. */
    @WithDefault("30s")
    Duration retryMaxDelay();
}
