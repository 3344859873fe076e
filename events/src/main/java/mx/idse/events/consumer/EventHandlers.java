package mx.idse.events.consumer;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import mx.idse.events.CloudEvent;
import mx.idse.events.EventType;

/** The event types one consumer handles, each with its typed handler. */
public final class EventHandlers {

    private final Map<String, Consumer<CloudEvent>> byType = new HashMap<>();

    /** Handles events of the payload's type; the handler runs inside the consumption transaction. */
    public <T extends Record> EventHandlers on(Class<T> payloadClass, Consumer<T> handler) {
        EventType type = EventType.of(payloadClass);
        byType.put(type.type(), event -> handler.accept(event.dataAs(payloadClass)));
        return this;
    }

    Optional<Consumer<CloudEvent>> forType(String type) {
        return Optional.ofNullable(byType.get(type));
    }
}
