package mx.idse.cancellation.cancelacion;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import mx.idse.cancellation.certificado.CertificadoEntity;
import mx.idse.cancellation.certificado.EstadoCertificado;
import mx.idse.cancellation.support.CancelacionRoutes;
import mx.idse.cancellation.support.Titulares;
import mx.idse.cancellation.support.Titulares.Titular;
import mx.idse.events.EventJson;
import mx.idse.events.Topics;
import mx.idse.events.payload.CertificateCancelled;
import mx.idse.events.payload.CertificateIssued;
import mx.idse.events.testing.TestEvents;
import mx.idse.testinfra.KafkaTopics;

/** Cancelling a principal cancels every active additional under it, each with its own event. */
@QuarkusTest
class CascadeTest {

    @Inject
    DataSource dataSource;
    @Inject
    MeterRegistry registry;

    @Test
    void aPrincipalTakesItsActiveAdditionalsWithItAndLeavesTheCancelledOneAlone() throws Exception {
        List<Titular> family = Titulares.principalWithAdditionals(3);
        Titular principal = family.get(0);
        Titular alreadyGone = family.get(3);
        CancelacionRoutes.inPerson(alreadyGone.numeroSerie(), "CESE_DE_OPERACIONES").statusCode(201);
        double cascadedBefore = count("PRINCIPAL_CANCELADO", "EN_LINEA");
        double ownBefore = count("PERDIDA_O_ROBO", "EN_LINEA");

        String id = CancelacionRoutes.online(principal, "PERDIDA_O_ROBO").statusCode(201)
                .body("adicionalesCancelados", containsInAnyOrder(family.get(1).numeroSerie(), family.get(2).numeroSerie()))
                .extract().path("id");

        for (Titular adicional : family.subList(1, 3)) {
            assertEquals(EstadoCertificado.CANCELADO, CancelacionRoutes.estado(adicional.numeroSerie()));
            List<ConsumerRecord<String, String>> records = KafkaTopics.awaitRecords(Topics.CANCELLATIONS,
                    r -> adicional.numeroSerie().equals(r.key()), 1, Duration.ofSeconds(30));
            CertificateCancelled event = EventJson.read(records.get(0).value()).dataAs(CertificateCancelled.class);
            assertEquals("PRINCIPAL_CANCELADO", event.motivo());
            assertEquals("EN_LINEA", event.origen());
            assertEquals(principal.numeroSerie(), event.principalSerial());
            assertEquals(principal.correo(), event.principalCorreo());
            assertEquals(adicional.correo(), event.correo());
        }
        assertEquals(1, CancelacionRoutes.eventsFor(dataSource, alreadyGone.numeroSerie()), "no second event for it");
        assertEquals(cascadedBefore + 2, count("PRINCIPAL_CANCELADO", "EN_LINEA"));
        assertEquals(ownBefore + 1, count("PERDIDA_O_ROBO", "EN_LINEA"));
        RestAssured.given().get("/api/v1/cancelaciones/" + id).then().statusCode(200)
                .body("adicionalesCancelados.size()", equalTo(2));
    }

    /**
     * Issuance and cancellation travel on different topics, so an additional that certificate-service
     * issued just before it heard of the cancellation can reach this service after the cascade ran.
     * Whatever the order, every additional of a cancelled principal ends cancelled, with exactly one
     * CertificateCancelled (one email, one revocation in the CRL and OCSP).
     */
    @Test
    void anAdditionalThatArrivesAfterItsPrincipalsCancellationIsCancelledOnceWhateverTheOrder() throws Exception {
        Random random = new Random(20261208L);
        ExecutorService publisher = Executors.newSingleThreadExecutor();
        try {
            for (int round = 0; round < 6; round++) {
                Titular principal = Titulares.principal();
                List<CertificateIssued> additionals = new ArrayList<>();
                for (int i = 0; i < 3; i++) {
                    additionals.add(Titulares.additionalIssuedLaterOf(principal));
                }
                Collections.shuffle(additionals, random);
                int cancelAt = random.nextInt(additionals.size() + 1);
                // Some arrive before the cancellation, the rest while and after it runs.
                additionals.subList(0, cancelAt).forEach(event -> TestEvents.publish(event, event.serial()));
                Future<?> rest = publisher.submit(() -> additionals.subList(cancelAt, additionals.size())
                        .forEach(event -> TestEvents.publish(event, event.serial())));
                CancelacionRoutes.online(principal, "PERDIDA_O_ROBO").statusCode(201);
                rest.get();

                for (CertificateIssued adicional : additionals) {
                    await().atMost(Duration.ofSeconds(20)).until(() -> known(adicional.serial())
                            && CancelacionRoutes.estado(adicional.serial()) == EstadoCertificado.CANCELADO);
                    assertEquals(1, CancelacionRoutes.eventsFor(dataSource, adicional.serial()),
                            "round " + round + ": one CertificateCancelled for " + adicional.serial());
                    assertEquals("PRINCIPAL_CANCELADO", QuarkusTransaction.requiringNew().call(() ->
                            CancelacionEntity.ofSerial(adicional.serial()).orElseThrow().motivo));
                }
            }
        } finally {
            publisher.shutdownNow();
        }
    }

    private static boolean known(String serial) {
        return QuarkusTransaction.requiringNew().call(() -> CertificadoEntity.find(serial).isPresent());
    }

    private double count(String motivo, String canal) {
        return registry.get("idse.cancellations").tag("motivo", motivo).tag("canal", canal).counter().count();
    }
}
