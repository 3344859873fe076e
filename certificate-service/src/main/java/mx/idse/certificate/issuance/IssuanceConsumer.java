package mx.idse.certificate.issuance;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.common.annotation.Blocking;
import mx.idse.events.CloudEvent;
import mx.idse.events.EventJson;
import mx.idse.events.EventType;
import mx.idse.events.UnreadableEventException;
import mx.idse.events.consumer.ConsumedEvents;
import mx.idse.events.consumer.EventHandlers;
import mx.idse.events.consumer.EventHandlingException;
import mx.idse.events.consumer.IdempotentConsumer;
import mx.idse.events.payload.RequestConcluded;

/**
 * RequestConcluded from {@code idse.issuance}, in batches (the channel has {@code batch=true}).
 *
 * <p>Fast path: the whole batch in one transaction: each event id is recorded in the
 * consumed-event log, and only first deliveries are issued ({@link IssuanceService#issue}), so a
 * redelivered batch issues nothing new. When that transaction fails for any reason (database
 * down, a poison event), nothing of it was committed and the batch is applied again one event at
 * a time through {@link IdempotentConsumer}, which carries the failure policy: a failure on our
 * side is retried with backoff and the batch stays unacknowledged; poison is dead-lettered (here,
 * by {@link DeadLetters}, so only that event leaves), the others are issued.
 */
@ApplicationScoped
public class IssuanceConsumer {

    static final String CONSUMER = "certificate-service.issuance";
    private static final Logger LOG = Logger.getLogger(IssuanceConsumer.class);
    private static final String REQUEST_CONCLUDED = EventType.of(RequestConcluded.class).type();

    private final IdempotentConsumer idempotentConsumer;
    private final ConsumedEvents consumedEvents;
    private final IssuanceService issuance;
    private final DeadLetters deadLetters;
    private final EventHandlers oneByOne;
    private final MeterRegistry registry;

    IssuanceConsumer(IdempotentConsumer idempotentConsumer, ConsumedEvents consumedEvents, IssuanceService issuance,
            DeadLetters deadLetters, MeterRegistry registry) {
        this.registry = registry;
        this.idempotentConsumer = idempotentConsumer;
        this.consumedEvents = consumedEvents;
        this.issuance = issuance;
        this.deadLetters = deadLetters;
        this.oneByOne = new EventHandlers().on(RequestConcluded.class, request -> issuance.issue(List.of(request)));
    }

    @Incoming("issuance")
    @Blocking
    public void onBatch(List<String> messages) {
        List<String> otherTypes = new ArrayList<>();
        int firstDeliveries;
        try {
            firstDeliveries = QuarkusTransaction.requiringNew().call(() -> issueFirstDeliveries(messages, otherTypes));
        } catch (RuntimeException e) {
            LOG.warnf("%s: a batch of %d failed (%s); applying its events one by one", CONSUMER, messages.size(), e.toString());
            messages.forEach(this::consumeOne);
            return;
        }
        // Counted as IdempotentConsumer counts its own outcomes.
        count("handled", firstDeliveries);
        count("duplicate", messages.size() - otherTypes.size() - firstDeliveries);
        // Types this consumer does not handle: IdempotentConsumer skips and counts them.
        otherTypes.forEach(this::consumeOne);
    }

    /** @return how many events were first deliveries */
    private int issueFirstDeliveries(List<String> messages, List<String> otherTypes) {
        otherTypes.clear();
        List<RequestConcluded> firstDeliveries = new ArrayList<>(messages.size());
        for (String message : messages) {
            CloudEvent event = EventJson.read(message);
            if (!REQUEST_CONCLUDED.equals(event.type())) {
                otherTypes.add(message);
            } else if (consumedEvents.markFirstDelivery(CONSUMER, event)) {
                firstDeliveries.add(event.dataAs(RequestConcluded.class));
            }
        }
        issuance.issue(firstDeliveries);
        return firstDeliveries.size();
    }

    private void count(String outcome, int events) {
        if (events > 0) {
            registry.counter("idse.events.consumed", "consumer", CONSUMER, "type", REQUEST_CONCLUDED, "outcome", outcome)
                    .increment(events);
        }
    }

    /** The failure policy of {@link IdempotentConsumer}, with poison dead-lettered alone. */
    private void consumeOne(String message) {
        try {
            idempotentConsumer.consume(CONSUMER, message, oneByOne);
        } catch (UnreadableEventException | EventHandlingException e) {
            if (Thread.currentThread().isInterrupted()) {
                throw e; // shutting down: leave the batch unacknowledged
            }
            deadLetters.send(message, keyOf(message), e);
        }
    }

    private static String keyOf(String message) {
        try {
            return EventJson.read(message).subject();
        } catch (RuntimeException e) {
            return null;
        }
    }
}
