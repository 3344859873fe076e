package mx.idse.request.certificado;

import static io.restassured.RestAssured.given;
import static mx.idse.request.support.Solicitudes.conclude;
import static mx.idse.request.support.Solicitudes.get;
import static mx.idse.request.support.Solicitudes.personaMoral;
import static mx.idse.request.support.Solicitudes.submitValid;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import mx.idse.testinfra.ManagementPort;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import mx.idse.events.CloudEvent;
import mx.idse.events.EventJson;
import mx.idse.events.Topics;
import mx.idse.events.testing.EventPayloads;
import mx.idse.events.testing.TestEvents;
import mx.idse.request.solicitud.SolicitudAuditEntity;
import mx.idse.request.support.CertificateEvents;
import mx.idse.testinfra.KafkaTopics;
import mx.idse.testinfra.OperadorTokens;

/** Idempotent consumption of certificate events, with unreadable ones dead-lettered. */
@QuarkusTest
class CertificateEventsTest {

    @TestHTTPResource(value = "/", management = true)
    URL management;

    private static final Clock CLOCK = Clock.systemUTC();

    @Test
    void anIssuedCertificateMakesTheRequestAtendidaOnceEvenIfRedelivered() {
        String folio = concludedRequest(personaMoral());
        String serial = CertificateEvents.randomSerial();
        CloudEvent issued = CertificateEvents.issued(folio, serial, "NPIE0001", Instant.now().plus(730, ChronoUnit.DAYS),
                CLOCK);

        CertificateEvents.publish(issued);
        CertificateEvents.publish(issued);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> get(folio).statusCode(200)
                .body("estado", equalTo("ATENDIDA"))
                .body("numeroSerie", equalTo(serial))
                .body("npie", equalTo("NPIE0001")));
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).until(() -> auditLines(folio, "Certificado emitido%") == 1);
        String metrics = ManagementPort.given(management).get("/q/metrics").asString();
        assertTrue(metrics.contains("idse_requests_total{estado=\"ATENDIDA\"}")
                && !metrics.contains("idse_requests_total{estado=\"ATENDIDA\"} 0.0"), "issued requests are counted");
    }

    @Test
    void aFailedIssuanceMakesTheRequestFallidaAndFreesItsUsuario() {
        Map<String, Object> body = personaMoral();
        String folio = concludedRequest(body);
        Map<String, Object> again = personaMoral();
        again.put("usuario", body.get("usuario"));
        mx.idse.request.support.Solicitudes.submit(again).statusCode(409);

        CertificateEvents.publish(CertificateEvents.issuanceFailed(folio, "LLAVE_DEBIL",
                "La llave RSA de 1024 bits no es aceptable."));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> get(folio).statusCode(200)
                .body("estado", equalTo("FALLIDA"))
                .body("motivoFallo", equalTo("La llave RSA de 1024 bits no es aceptable.")));
        assertEquals(1, auditLines(folio, "Emisión rechazada: LLAVE_DEBIL"));
        mx.idse.request.support.Solicitudes.submit(again).statusCode(201);
    }

    @Test
    void aCancelledCertificateFreesItsUsuario() {
        Map<String, Object> body = personaMoral();
        String folio = concludedRequest(body);
        String serial = CertificateEvents.randomSerial();
        CertificateEvents.publish(CertificateEvents.issued(folio, serial, "NPIE0002",
                Instant.now().plus(730, ChronoUnit.DAYS), CLOCK));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> get(folio).body("estado", equalTo("ATENDIDA")));
        Map<String, Object> again = personaMoral();
        again.put("usuario", body.get("usuario"));
        mx.idse.request.support.Solicitudes.submit(again).statusCode(409);

        CloudEvent cancelled = cancelled(folio, serial);
        TestEvents.publish(cancelled);
        TestEvents.publish(cancelled);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> mx.idse.request.support.Solicitudes.submit(again)
                .statusCode(201));
        get(folio).statusCode(200).body("estado", equalTo("ATENDIDA"))
                .body("fechaCancelacionCertificado", org.hamcrest.Matchers.notNullValue());
        assertEquals(1, auditLines(folio, "Certificado cancelado%"), "a redelivered cancellation changes nothing");
    }

    @Test
    void aCancellationHandledBeforeTheIssuanceEventStillFreesTheUsuarioForGood() {
        Map<String, Object> body = personaMoral();
        String folio = concludedRequest(body);
        String serial = CertificateEvents.randomSerial();
        Map<String, Object> again = personaMoral();
        again.put("usuario", body.get("usuario"));

        // The cancellation topic is read first; the issuance event comes late on the other topic.
        TestEvents.publish(cancelled(folio, serial));
        await().atMost(Duration.ofSeconds(30)).until(() -> auditLines(folio, "Certificado cancelado%") == 1);
        CertificateEvents.publish(CertificateEvents.issued(folio, serial, "NPIE0003",
                Instant.now().plus(730, ChronoUnit.DAYS), CLOCK));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> get(folio).body("estado", equalTo("ATENDIDA")));

        get(folio).body("numeroSerie", equalTo(serial))
                .body("fechaCancelacionCertificado", org.hamcrest.Matchers.notNullValue());
        mx.idse.request.support.Solicitudes.submit(again).statusCode(201);
    }

    private static CloudEvent cancelled(String folio, String serial) {
        return TestEvents.envelope(EventPayloads.certificateCancelled().serial(serial).folio(folio).npie("NPIE0002")
                .motivo("OLVIDO_CONTRASENA").presencial("ana.lopez", "Centro").build(), serial);
    }

    @Test
    void anUnreadableMessageGoesToTheDeadLetterTopicWithItsReason() {
        String key = "basura-" + UUID.randomUUID();

        KafkaTopics.send(Topics.CERTIFICATES, key, "esto no es un CloudEvent");

        ConsumerRecord<String, String> dead = deadLetter(key);
        assertEquals("esto no es un CloudEvent", dead.value(), "the dead letter keeps the message as received");
        assertTrue(reason(dead).contains("CloudEvents"), "the reason travels with the dead letter");
    }

    @Test
    void anEventWhoseDataBreaksItsContractIsDeadLetteredWithTheReason() {
        String key = "roto-" + UUID.randomUUID();
        String broken = "{\"specversion\":\"1.0\",\"id\":\"" + UUID.randomUUID() + "\",\"type\":\"idse.certificate.issued.v1\","
                + "\"source\":\"/idse/certificate-service\",\"subject\":\"" + key + "\",\"data\":{\"validoDesde\":\"ayer\"}}";

        KafkaTopics.send(Topics.CERTIFICATES, key, broken);

        assertTrue(reason(deadLetter(key)).contains("CertificateIssued"), "the reason names the contract the data broke");
    }

    @Test
    void anEventOfAnUnhandledTypeIsSkippedNotDeadLettered() {
        String key = "otro-" + UUID.randomUUID();
        String unknown = "{\"specversion\":\"1.0\",\"id\":\"" + UUID.randomUUID() + "\",\"type\":\"idse.otro.v9\","
                + "\"source\":\"/idse/otro\",\"subject\":\"" + key + "\",\"data\":{}}";

        KafkaTopics.send(Topics.CERTIFICATES, key, unknown);

        String skipped = "idse_events_consumed_total{consumer=\"request-service\",outcome=\"skipped\",type=\"idse.otro.v9\"} 1.0";
        await().atMost(Duration.ofSeconds(30)).until(() -> ManagementPort.given(management).get("/q/metrics").asString().contains(skipped));
        assertTrue(KafkaTopics.awaitRecords(Topics.DEAD_LETTERS, r -> key.equals(r.key()), 1, Duration.ofSeconds(5))
                .isEmpty());
    }

    /** The one dead letter with this key. */
    private static ConsumerRecord<String, String> deadLetter(String key) {
        List<ConsumerRecord<String, String>> dead = KafkaTopics.awaitRecords(Topics.DEAD_LETTERS,
                r -> key.equals(r.key()), 1, Duration.ofSeconds(60));
        assertEquals(1, dead.size());
        return dead.get(0);
    }

    private static String reason(ConsumerRecord<String, String> deadLetter) {
        var header = deadLetter.headers().lastHeader("dead-letter-reason");
        return header == null ? "" : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static String concludedRequest(Map<String, Object> body) {
        String folio = submitValid(body);
        conclude(folio, OperadorTokens.operador("ana.lopez")).statusCode(200);
        return folio;
    }

    private static long auditLines(String folio, String detalle) {
        return QuarkusTransaction.requiringNew()
                .call(() -> SolicitudAuditEntity.count("folio = ?1 and detalle like ?2", folio, detalle));
    }
}
