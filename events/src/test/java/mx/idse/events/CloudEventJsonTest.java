package mx.idse.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import mx.idse.events.payload.RequestConcluded;
import mx.idse.events.payload.RequestSubmitted;
import mx.idse.events.testing.EventPayloads;

class CloudEventJsonTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T18:00:00Z"), ZoneOffset.UTC);

    private static RequestSubmitted submitted() {
        return EventPayloads.requestSubmitted().folio("7KQ2-M9XD-4HTR-W").fechaSolicitud(CLOCK.instant())
                .fechaLimite(LocalDate.of(2026, 12, 11)).build();
    }

    @Test
    void roundTripsAnEnvelopeWithItsTypedData() {
        CloudEvent event = CloudEvent.wrap(submitted(), "/idse/request-service", "7KQ2-M9XD-4HTR-W", CLOCK);

        CloudEvent read = EventJson.read(EventJson.write(event));

        assertEquals("1.0", read.specversion());
        assertEquals("idse.request.submitted.v1", read.type());
        assertEquals(event.id(), read.id());
        assertEquals(CLOCK.instant(), read.time());
        assertEquals(submitted(), read.dataAs(RequestSubmitted.class));
    }

    @Test
    void writesDatesAsIsoStringsAndOmitsNulls() {
        String json = EventJson.write(CloudEvent.wrap(submitted(), "/idse/request-service", "x", CLOCK));

        assertTrue(json.contains("\"fechaLimite\":\"2026-12-11\""), json);
        assertTrue(json.contains("\"time\":\"2026-11-27T18:00:00Z\""), json);
        assertFalse(json.contains("principalSerial"), json);
    }

    @Test
    void ignoresFieldsAddedByANewerProducer() {
        CloudEvent event = CloudEvent.wrap(submitted(), "/idse/request-service", "x", CLOCK);
        ((ObjectNode) event.data()).put("campoNuevo", "valor");

        CloudEvent read = EventJson.read(EventJson.write(event));

        assertEquals(submitted(), read.dataAs(RequestSubmitted.class));
    }

    @Test
    void refusesMessagesThatAreNotCloudEvents() {
        assertThrows(UnreadableEventException.class, () -> EventJson.read("not json"));
        assertThrows(UnreadableEventException.class, () -> EventJson.read(""));
        assertThrows(UnreadableEventException.class, () -> EventJson.read("{\"specversion\":\"0.3\"}"));
        assertThrows(UnreadableEventException.class,
                () -> EventJson.read("{\"specversion\":\"1.0\",\"id\":\"" + java.util.UUID.randomUUID()
                        + "\",\"type\":\"x\",\"source\":\"/s\"}"));
    }

    @Test
    void everyTypeKnowsItsTopicAndIsFoundByName() {
        for (EventType type : EventType.values()) {
            assertEquals(type, EventType.fromType(type.type()).orElseThrow());
            assertTrue(type.topic().startsWith("idse."), type.name());
        }
        assertEquals(Topics.ISSUANCE, EventType.of(RequestConcluded.class).topic());
    }

    @Test
    void keepsThePasswordHashOutOfToString() {
        RequestConcluded concluded = EventPayloads.requestConcluded().passwordHash("$argon2id$v=19$secret").build();

        assertFalse(concluded.toString().contains("argon2id"));
    }
}
