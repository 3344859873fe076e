package mx.idse.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import mx.idse.events.payload.Patron;
import mx.idse.events.payload.RequestConcluded;
import mx.idse.events.payload.RequestSubmitted;
import mx.idse.events.payload.TipoPersona;
import mx.idse.events.payload.TipoSolicitud;

class CloudEventJsonTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T18:00:00Z"), ZoneOffset.UTC);

    private static RequestSubmitted submitted() {
        return new RequestSubmitted("7KQ2-M9XD-4HTR-W", TipoSolicitud.PRINCIPAL,
                new Patron(TipoPersona.MORAL, "CFE370814QI0", "Comisión Federal", "Y5412345108", null),
                "patron@example.mx", CLOCK.instant(), LocalDate.of(2026, 12, 11),
                List.of("IDENTIFICACION_OFICIAL"), null, null, null);
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
        RequestConcluded concluded = new RequestConcluded("F", TipoSolicitud.PRINCIPAL, "c@x.mx", null, null, null,
                "usuario01", "$argon2id$v=19$secret", "csr", "Centro", "op", CLOCK.instant(), null, null, null);

        assertFalse(concluded.toString().contains("argon2id"));
    }
}
