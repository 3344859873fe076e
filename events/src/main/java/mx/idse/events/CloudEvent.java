package mx.idse.events;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * CloudEvents 1.0 envelope in structured mode ({@code application/cloudevents+json}).
 *
 * @param specversion always {@value #SPEC_VERSION}
 * @param id          unique per event (UUID); consumers deduplicate on it
 * @param type        e.g. {@code idse.request.submitted.v1}, see {@link EventType}
 * @param source      the producing service, e.g. {@code /idse/request-service}
 * @param time        when the state change happened (UTC)
 * @param subject     the folio or serial the event is about (also the Kafka key)
 * @param datacontenttype always {@code application/json}
 * @param data        the payload record as JSON
 */
public record CloudEvent(
        String specversion,
        UUID id,
        String type,
        String source,
        Instant time,
        String subject,
        String datacontenttype,
        JsonNode data) {

    public static final String SPEC_VERSION = "1.0";
    public static final String CONTENT_TYPE = "application/cloudevents+json; charset=UTF-8";

    /** Wraps a payload record in a new envelope with a fresh id. */
    public static CloudEvent wrap(Record payload, String source, String subject, Clock clock) {
        EventType eventType = EventType.of(payload.getClass());
        return new CloudEvent(SPEC_VERSION, UUID.randomUUID(), eventType.type(), source,
                clock.instant(), subject, "application/json", EventJson.mapper().valueToTree(payload));
    }

    /** The known event type, or empty for a type this version does not know. */
    public Optional<EventType> eventType() {
        return EventType.fromType(type);
    }

    /** Maps {@code data} to the given payload record; throws {@link UnreadableEventException}. */
    public <T extends Record> T dataAs(Class<T> payloadClass) {
        try {
            return EventJson.mapper().treeToValue(data, payloadClass);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new UnreadableEventException("data of " + type + " does not match " + payloadClass.getSimpleName()
                    + ": " + e.getMessage());
        }
    }

    /** Checks the attributes CloudEvents 1.0 requires. */
    void requireValid() {
        if (!SPEC_VERSION.equals(specversion)) {
            throw new UnreadableEventException("unsupported specversion " + specversion);
        }
        if (id == null || type == null || type.isBlank() || source == null || source.isBlank()) {
            throw new UnreadableEventException("missing id, type or source");
        }
        if (data == null || data.isNull()) {
            throw new UnreadableEventException("missing data");
        }
    }
}
