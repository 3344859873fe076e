package mx.idse.certificate.issuance;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import mx.idse.certificate.certificado.CertificadoEntity;
import mx.idse.certificate.certificado.EstadoCertificado;
import mx.idse.certificate.support.RequestConcludedEvents;
import mx.idse.events.CloudEvent;
import mx.idse.events.EventJson;
import mx.idse.events.Topics;
import mx.idse.events.payload.CertificateIssuanceFailed;
import mx.idse.events.payload.CertificateIssued;
import mx.idse.events.payload.RequestConcluded;
import mx.idse.pki.credentials.PasswordHasher;
import mx.idse.pki.testing.Csrs;
import mx.idse.pki.testing.Openssl;
import mx.idse.testinfra.KafkaTopics;

/** Additional certificates: under the principal's NPIE, the staff member as subject, listed with their types, limited. */
@QuarkusTest
@TestProfile(AdicionalIssuanceTest.OneAdditionalPerPrincipal.class)
class AdicionalIssuanceTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    /** A limit of one, so the test reaches it with two additionals. */
    public static class OneAdditionalPerPrincipal implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("idse.certificates.max-additionals-per-principal", "1");
        }
    }

    @Inject
    PasswordHasher hasher;

    @Test
    void anAdditionalIsIssuedUnderThePrincipalsNpieWithItsHolderAsSubjectAndListedWithTypes() throws Exception {
        String hash = hasher.hash("Contrasena123".toCharArray());
        RequestConcluded principalRequest = RequestConcludedEvents.moral(RequestConcludedEvents.rfcMoral(),
                RequestConcludedEvents.registroPatronal(), Csrs.ecP256(), hash);
        CertificateIssued principal = issued(principalRequest);

        RequestConcluded request = RequestConcludedEvents.adicional(principalRequest, principal.serial(), Csrs.ecP256(), hash);
        CertificateIssued additional = issued(request);

        assertEquals(principal.npie(), additional.npie(), "no NPIE of its own");
        assertEquals(principal.serial(), additional.principalSerial());
        CertificadoEntity stored = QuarkusTransaction.requiringNew()
                .call(() -> CertificadoEntity.<CertificadoEntity>find("folio", request.folio()).firstResult());
        String subject = opensslSubject(stored.der);
        assertTrue(subject.contains("CN=Luis P\\C3\\A9rez G\\C3\\B3mez") || subject.contains("CN=Luis Pérez Gómez"), subject);
        assertTrue(subject.contains("PEGL750312HDFRMS07"), "the staff member's CURP: " + subject);
        assertTrue(subject.contains(principal.npie()), "the principal's NPIE as OU: " + subject);

        given().queryParam("npie", principal.npie()).get("/api/v1/certificados").then().statusCode(200)
                .body("size()", equalTo(2))
                .body("[0].numeroSerie", equalTo(principal.serial())).body("[0].tipo", equalTo("PRINCIPAL"))
                .body("[1].numeroSerie", equalTo(additional.serial())).body("[1].tipo", equalTo("ADICIONAL"))
                .body("[1].principalSerie", equalTo(principal.serial()));

        // The limit is one: a second additional for this principal is refused at issuance.
        RequestConcluded second = RequestConcludedEvents.adicional(principalRequest, principal.serial(), Csrs.ecP256(), hash);
        publish(second);
        assertEquals("LIMITE_ADICIONALES", failure(second).motivo());
    }

    @Test
    void aPrincipalNoLongerActiveCannotHaveAdditionalsIssued() {
        String hash = hasher.hash("Contrasena123".toCharArray());
        RequestConcluded principalRequest = RequestConcludedEvents.moral(RequestConcludedEvents.rfcMoral(),
                RequestConcludedEvents.registroPatronal(), Csrs.ecP256(), hash);
        CertificateIssued principal = issued(principalRequest);
        QuarkusTransaction.requiringNew().run(() -> {
            CertificadoEntity cancelled = CertificadoEntity.findById(principal.serial());
            cancelled.estado = EstadoCertificado.CANCELADO;
            cancelled.cancelledAt = Instant.now();
            cancelled.motivo = "keyCompromise";
        });

        RequestConcluded request = RequestConcludedEvents.adicional(principalRequest, principal.serial(), Csrs.ecP256(), hash);
        publish(request);

        CertificateIssuanceFailed failure = failure(request);
        assertEquals("PRINCIPAL_NO_VIGENTE", failure.motivo());
        assertEquals(principal.serial(), failure.principalSerial());
    }

    private static String opensslSubject(byte[] der) throws Exception {
        Openssl.assumePresent();
        Path directory = Openssl.workDirectory("additional-subject");
        try {
            Path file = Files.write(directory.resolve("additional.der"), der);
            return Openssl.ok("x509", "-inform", "DER", "-in", file.toString(), "-noout", "-subject",
                    "-nameopt", "RFC2253");
        } finally {
            Openssl.delete(directory);
        }
    }

    private static CertificateIssued issued(RequestConcluded request) {
        publish(request);
        return EventJson.read(certificateEvent(request.folio()).value()).dataAs(CertificateIssued.class);
    }

    private static CertificateIssuanceFailed failure(RequestConcluded request) {
        CloudEvent event = EventJson.read(certificateEvent(request.folio()).value());
        assertEquals("idse.certificate.issuance-failed.v1", event.type());
        return event.dataAs(CertificateIssuanceFailed.class);
    }

    private static ConsumerRecord<String, String> certificateEvent(String folio) {
        List<ConsumerRecord<String, String>> records = KafkaTopics.awaitRecords(Topics.CERTIFICATES,
                record -> record.value().contains("\"folio\":\"" + folio + "\""), 1, WAIT);
        assertEquals(1, records.size(), "an event for " + folio);
        return records.get(0);
    }

    private static void publish(RequestConcluded request) {
        CloudEvent event = CloudEvent.wrap(request, "/idse/request-service", request.folio(), Clock.systemUTC());
        KafkaTopics.send(Topics.ISSUANCE, event.subject(), EventJson.write(event));
    }
}
