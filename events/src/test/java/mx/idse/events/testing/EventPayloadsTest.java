package mx.idse.events.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import mx.idse.events.CloudEvent;
import mx.idse.events.EventJson;
import mx.idse.events.EventType;
import mx.idse.events.payload.CertificateCancelled;
import mx.idse.events.payload.CertificateIssued;
import mx.idse.events.payload.RequestConcluded;
import mx.idse.events.payload.TipoCertificado;
import mx.idse.events.payload.TipoSolicitud;

class EventPayloadsTest {

    private static final List<Record> DEFAULTS = List.of(EventPayloads.requestSubmitted().build(),
            EventPayloads.requestDeadlineApproaching().build(), EventPayloads.requestRejected().build(),
            EventPayloads.requestExpired().build(), EventPayloads.requestWithdrawn().build(),
            EventPayloads.requestConcluded().build(), EventPayloads.certificateIssued().build(),
            EventPayloads.certificateIssuanceFailed().build(), EventPayloads.certificateExpiring().build(),
            EventPayloads.certificateCancelled().build());

    @Test
    void everyEventTypeHasABuilder() {
        Set<Class<?>> built = DEFAULTS.stream().map(Object::getClass).collect(Collectors.toSet());
        assertEquals(Arrays.stream(EventType.values()).map(EventType::payloadClass).collect(Collectors.toSet()), built);
    }

    @Test
    void everyDefaultPayloadSurvivesTheEnvelopeUnchanged() {
        for (Record payload : DEFAULTS) {
            CloudEvent event = CloudEvent.wrap(payload, "/idse/test", "clave", Clock.systemUTC());
            assertEquals(payload, EventJson.read(EventJson.write(event)).dataAs(payload.getClass()));
        }
    }

    @Test
    void anAdditionalNamesItsPrincipal() {
        CertificateIssued issued = EventPayloads.certificateIssued().adicionalOf("100000000000123", "p@example.mx").build();
        RequestConcluded concluded = EventPayloads.requestConcluded().adicionalOf("100000000000123", "p@example.mx").build();
        CertificateCancelled cancelled = EventPayloads.certificateCancelled().adicionalOf("100000000000123", null).build();

        assertEquals(TipoCertificado.ADICIONAL, issued.tipo());
        assertEquals("p@example.mx", issued.principalCorreo());
        assertEquals(TipoSolicitud.ADICIONAL, concluded.tipo());
        assertEquals(null, concluded.operador(), "concluded at once, by nobody");
        assertEquals("100000000000123", cancelled.principalSerial());
        assertTrue(issued.validoHasta().isAfter(issued.validoDesde()));
    }
}
