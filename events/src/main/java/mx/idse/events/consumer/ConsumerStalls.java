package mx.idse.events.consumer;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import mx.idse.events.CloudEvent;

/**
 * The events consumers are retrying right now (their partition waits behind them). Readiness is
 * DOWN while there is one, so an operator sees the stall; metrics count the retries.
 */
@ApplicationScoped
public class ConsumerStalls {

    private static final int MAX_ERROR_LENGTH = 300;

    private final Map<Key, Stall> stalls = new ConcurrentHashMap<>();
    private final MeterRegistry registry;
    private final Clock clock;

    ConsumerStalls(MeterRegistry registry, Clock clock) {
        this.registry = registry;
        this.clock = clock;
        Gauge.builder("idse.events.consumer.stalled", stalls, Map::size)
                .description("Events a consumer is retrying after a failure on our side").register(registry);
    }

    /** Notes a failed attempt that will be retried with backoff. */
    void retrying(String consumer, CloudEvent event, int attempts, Throwable failure) {
        Instant now = clock.instant();
        stalls.compute(new Key(consumer, event.id()), (key, previous) -> new Stall(consumer, event.id(), event.type(),
                attempts, previous == null ? now : previous.since(), describe(failure)));
        registry.counter("idse.events.consumer.retries", "consumer", consumer).increment();
    }

    /** The event was applied, skipped or dead-lettered: the consumer moves on. */
    void resolved(String consumer, CloudEvent event) {
        stalls.remove(new Key(consumer, event.id()));
    }

    /** Current stalls, oldest first. */
    public List<Stall> current() {
        return stalls.values().stream().sorted(Comparator.comparing(Stall::since)).toList();
    }

    /** The root cause's class and message, shortened; never the event payload. */
    private static String describe(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = root == failure ? failure.toString() : failure.getClass().getName() + " <- " + root;
        if (root instanceof SQLException sql && sql.getSQLState() != null) {
            text += " (SQLState " + sql.getSQLState() + ")";
        }
        return text.length() > MAX_ERROR_LENGTH ? text.substring(0, MAX_ERROR_LENGTH) + "..." : text;
    }

    private record Key(String consumer, UUID eventId) {
    }

    /** One event a consumer is stuck on. */
    public record Stall(String consumer, UUID eventId, String type, int attempts, Instant since, String lastError) {
    }
}
