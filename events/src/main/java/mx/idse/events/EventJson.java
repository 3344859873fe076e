package mx.idse.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The one JSON mapping of events. It is independent of each service's REST ObjectMapper so that
 * a change in an API's JSON settings can never change what goes on the wire between services.
 */
public final class EventJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            // Tolerant reader: fields added by a newer producer are ignored (versioning by addition).
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);

    private EventJson() {
    }

    /** The shared mapper; do not reconfigure it. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** Serialises an envelope to its structured-mode JSON text. */
    public static String write(CloudEvent event) {
        try {
            return MAPPER.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Event " + event.id() + " cannot be serialised", e);
        }
    }

    /** Parses structured-mode JSON text into an envelope; throws {@link UnreadableEventException}. */
    public static CloudEvent read(String json) {
        if (json == null || json.isBlank()) {
            throw new UnreadableEventException("empty message");
        }
        CloudEvent event;
        try {
            event = MAPPER.readValue(json, CloudEvent.class);
        } catch (JsonProcessingException e) {
            throw new UnreadableEventException("not a CloudEvents JSON document: " + e.getOriginalMessage());
        }
        event.requireValid();
        return event;
    }
}
