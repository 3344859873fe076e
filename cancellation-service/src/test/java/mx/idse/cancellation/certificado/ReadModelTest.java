package mx.idse.cancellation.certificado;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;

import jakarta.inject.Inject;

import mx.idse.events.payload.TipoCertificado;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import mx.idse.cancellation.support.CancelacionRoutes;
import mx.idse.cancellation.support.Titulares;
import mx.idse.cancellation.support.Titulares.Titular;
import mx.idse.events.CloudEvent;
import mx.idse.events.payload.CertificateIssued;
import mx.idse.events.testing.TestEvents;

/** The read model only moves forward: issued events, new or repeated, never undo a cancellation. */
@QuarkusTest
class ReadModelTest {

    @Inject
    MeterRegistry registry;

    @Test
    void aRedeliveredOrRepeatedCertificateIssuedChangesNothing() {
        Titular holder = Titulares.principal();
        CancelacionRoutes.inPerson(holder.numeroSerie(), "PERDIDA_O_ROBO").statusCode(201);
        double duplicates = consumed("duplicate");
        double handled = consumed("handled");

        Titulares.republish(holder.issued()); // same event id: a redelivery
        CloudEvent again = TestEvents.envelope(holder.issued().dataAs(CertificateIssued.class), holder.numeroSerie()); // new id
        Titulares.republish(again);

        Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> consumed("duplicate") > duplicates && consumed("handled") > handled);
        CertificadoEntity stored = QuarkusTransaction.requiringNew().call(() -> CertificadoEntity.find(holder.numeroSerie()).orElseThrow());
        assertEquals(EstadoCertificado.CANCELADO, stored.estado);
    }

    @Test
    void additionalsKeepTheirPrincipal() {
        Titular principal = Titulares.principal();
        Titular additional = Titulares.additionalOf(principal);

        CertificadoEntity stored = QuarkusTransaction.requiringNew().call(() -> CertificadoEntity.find(additional.numeroSerie()).orElseThrow());
        assertEquals(TipoCertificado.ADICIONAL, stored.tipo);
        assertEquals(principal.numeroSerie(), stored.principalSerial);
        assertEquals(principal.correo(), stored.principalCorreo);
        assertEquals(EstadoCertificado.ACTIVO, stored.estado);
    }

    private double consumed(String outcome) {
        var counter = registry.find("idse.events.consumed").tag("consumer", "cancellation-service")
                .tag("type", "idse.certificate.issued.v1").tag("outcome", outcome).counter();
        return counter == null ? 0 : counter.count();
    }
}
