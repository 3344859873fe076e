package mx.idse.events.consumer;

import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import mx.idse.events.CloudEvent;
import mx.idse.events.EventJson;
import mx.idse.events.UnreadableEventException;

/**
 * Reads one Kafka message as a CloudEvent and applies its handler exactly once.
 *
 * <p>Outcomes, each counted in {@code idse.events.consumed{consumer,type,outcome}}:
 * <ul>
 * <li>{@code handled}: first delivery; effect and consumed-event row committed together.</li>
 * <li>{@code duplicate}: a redelivery; nothing happens.</li>
 * <li>{@code skipped}: a type this consumer does not handle.</li>
 * <li>{@code dead-lettered}: unreadable, or still failing after the retries. The exception thrown
 * here nacks the message, and the channel's {@code dead-letter-queue} strategy sends it to
 * {@code idse.dlq} with the reason in its headers.</li>
 * </ul>
 * Callers use {@code @Incoming} with a String payload and {@code @Blocking}.
 */
@ApplicationScoped
public class IdempotentConsumer {

    private static final Logger LOG = Logger.getLogger(IdempotentConsumer.class);
    static final int ATTEMPTS = 3;

    private final ConsumedEvents consumedEvents;
    private final MeterRegistry registry;

    IdempotentConsumer(ConsumedEvents consumedEvents, MeterRegistry registry) {
        this.consumedEvents = consumedEvents;
        this.registry = registry;
    }

    /** Handles one message for the named consumer; throws to dead-letter it. */
    public void consume(String consumer, String message, EventHandlers handlers) {
        CloudEvent event;
        try {
            event = EventJson.read(message);
        } catch (UnreadableEventException e) {
            count(consumer, "unknown", "dead-lettered");
            LOG.warnf("%s: unreadable message sent to the dead-letter topic: %s", consumer, e.getMessage());
            throw e;
        }
        Consumer<CloudEvent> handler = handlers.forType(event.type()).orElse(null);
        if (handler == null) {
            count(consumer, event.type(), "skipped");
            return;
        }
        RuntimeException lastFailure = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                boolean firstDelivery = QuarkusTransaction.requiringNew().call(() -> {
                    if (!consumedEvents.markFirstDelivery(consumer, event)) {
                        return false;
                    }
                    handler.accept(event);
                    return true;
                });
                count(consumer, event.type(), firstDelivery ? "handled" : "duplicate");
                return;
            } catch (UnreadableEventException e) {
                // Its data does not match the contract: retrying cannot help.
                count(consumer, event.type(), "dead-lettered");
                throw e;
            } catch (RuntimeException e) {
                lastFailure = e;
                LOG.debugf(e, "%s: attempt %d for event %s failed", consumer, attempt, event.id());
            }
        }
        count(consumer, event.type(), "dead-lettered");
        LOG.warnf("%s: event %s (%s) failed %d times, sent to the dead-letter topic: %s",
                consumer, event.id(), event.type(), ATTEMPTS, lastFailure.toString());
        throw new EventHandlingException("failed after " + ATTEMPTS + " attempts: " + lastFailure, lastFailure);
    }

    private void count(String consumer, String type, String outcome) {
        registry.counter("idse.events.consumed", "consumer", consumer, "type", type, "outcome", outcome).increment();
    }
}
