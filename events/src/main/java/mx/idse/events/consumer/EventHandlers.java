package mx.idse.events.consumer;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import mx.idse.events.CloudEvent;
import mx.idse.events.EventType;

/**
 * The event types one consumer handles, each with its typed handler.
 *
 * <p>Versioning rule: a type that is not registered here is skipped and counted, never
 * dead-lettered. That is how a new event type rolls out: producers start publishing it and old
 * consumers skip it until they learn it. A breaking change to a payload is therefore a new type
 * with a new {@code .vN} suffix, never an edit of an existing one.
 */
public final class EventHandlers {

    private final Map<String, Consumer<CloudEvent>> byType = new HashMap<>();
    private boolean neverDeadLetter;

    /** Handles events of the payload's type; the handler runs inside the consumption transaction. */
    public <T extends Record> EventHandlers on(Class<T> payloadClass, Consumer<T> handler) {
        EventType type = EventType.of(payloadClass);
        byType.put(type.type(), event -> handler.accept(event.dataAs(payloadClass)));
        return this;
    }

    /**
     * Retries every handler failure with backoff until it succeeds, instead of dead-lettering it
     * after a few attempts: for consumers that must not skip an event (e.g. revocations), where a
     * stalled partition, visible in readiness, is better than a lost event. Unreadable or
     * contract-breaking events still go to the dead-letter topic.
     */
    public EventHandlers neverDeadLetter() {
        this.neverDeadLetter = true;
        return this;
    }

    boolean deadLettersFailures() {
        return !neverDeadLetter;
    }

    Optional<Consumer<CloudEvent>> forType(String type) {
        return Optional.ofNullable(byType.get(type));
    }
}
