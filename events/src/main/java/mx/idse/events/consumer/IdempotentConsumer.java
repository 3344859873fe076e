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
 * <li>{@code skipped}: a type this consumer does not handle. This is the versioning rule: new
 * types roll out by being skipped by old consumers; a breaking change is a new {@code .vN} type.</li>
 * <li>{@code dead-lettered}: unreadable or contract-breaking (at once), or a handler failure that
 * is neither transient nor in a {@link EventHandlers#neverDeadLetter()} consumer, after
 * {@code idse.events.consumer.poison-attempts} quick attempts. The exception thrown here nacks the
 * message and the channel's {@code dead-letter-queue} strategy sends it to {@code idse.dlq} with
 * the reason in its headers.</li>
 * </ul>
 * A failure on our side ({@link TransientFailures}) is retried with exponential backoff for as
 * long as it takes, on this thread: the message is neither acknowledged (its offset is not
 * committed) nor dead-lettered, and readiness reports the stall ({@link ConsumerStallHealthCheck}).
 * Callers use {@code @Incoming} with a String payload and {@code @Blocking}.
 */
@ApplicationScoped
public class IdempotentConsumer {

    private static final Logger LOG = Logger.getLogger(IdempotentConsumer.class);

    private final ConsumedEvents consumedEvents;
    private final ConsumerStalls stalls;
    private final ConsumerConfig config;
    private final Backoff backoff;
    private final MeterRegistry registry;

    IdempotentConsumer(ConsumedEvents consumedEvents, ConsumerStalls stalls, ConsumerConfig config,
            MeterRegistry registry) {
        this.consumedEvents = consumedEvents;
        this.stalls = stalls;
        this.config = config;
        this.backoff = new Backoff(config.retryInitialDelay(), config.retryMaxDelay());
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
        try {
            applyWithRetries(consumer, event, handler, handlers.deadLettersFailures());
        } finally {
            stalls.resolved(consumer, event);
        }
    }

    private void applyWithRetries(String consumer, CloudEvent event, Consumer<CloudEvent> handler,
            boolean deadLetterFailures) {
        int poisonFailures = 0;
        int retries = 0;
        while (true) {
            try {
                boolean firstDelivery = applyOnce(consumer, event, handler);
                count(consumer, event.type(), firstDelivery ? "handled" : "duplicate");
                if (retries > 0) {
                    LOG.infof("%s: event %s (%s) applied after %d retries", consumer, event.id(), event.type(), retries);
                }
                return;
            } catch (UnreadableEventException e) {
                // Its data does not match the contract: retrying cannot help.
                count(consumer, event.type(), "dead-lettered");
                throw e;
            } catch (RuntimeException e) {
                boolean ourSide = TransientFailures.isTransient(e);
                if (!ourSide && deadLetterFailures && ++poisonFailures >= config.poisonAttempts()) {
                    count(consumer, event.type(), "dead-lettered");
                    LOG.warnf("%s: event %s (%s) failed %d times, sent to the dead-letter topic: %s",
                            consumer, event.id(), event.type(), poisonFailures, e.toString());
                    throw new EventHandlingException("failed after " + poisonFailures + " attempts: " + e, e);
                }
                if (ourSide || !deadLetterFailures) {
                    retries++;
                    stalls.retrying(consumer, event, retries + poisonFailures, e);
                    waitBeforeRetry(consumer, event, retries, e);
                } else {
                    LOG.debugf(e, "%s: attempt %d for event %s failed", consumer, poisonFailures, event.id());
                }
            }
        }
    }

    /** One transaction: the consumed-event row and the handler's effect commit together or not at all. */
    private boolean applyOnce(String consumer, CloudEvent event, Consumer<CloudEvent> handler) {
        return QuarkusTransaction.requiringNew().call(() -> {
            if (!consumedEvents.markFirstDelivery(consumer, event)) {
                return false;
            }
            handler.accept(event);
            return true;
        });
    }

    private void waitBeforeRetry(String consumer, CloudEvent event, int retry, RuntimeException failure) {
        long delay = backoff.delayMillis(retry);
        // First retry at WARN with the stack, later ones at DEBUG: a long outage should not flood the log.
        if (retry == 1) {
            LOG.warnf(failure, "%s: event %s (%s) failed on our side; retrying with backoff, not acknowledged",
                    consumer, event.id(), event.type());
        } else {
            LOG.debugf("%s: retry %d of event %s in %d ms: %s", consumer, retry, event.id(), delay, failure);
        }
        try {
            Thread.sleep(delay);
        } catch (InterruptedException e) {
            // Only on shutdown. The message stays unacknowledged; the exception nacks it.
            Thread.currentThread().interrupt();
            throw new EventHandlingException("interrupted while retrying event " + event.id() + ": " + failure, failure);
        }
    }

    private void count(String consumer, String type, String outcome) {
        registry.counter("idse.events.consumed", "consumer", consumer, "type", type, "outcome", outcome).increment();
    }
}
