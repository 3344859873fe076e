package mx.idse.request.expiry;

import static io.restassured.RestAssured.given;
import static mx.idse.request.support.Solicitudes.conclude;
import static mx.idse.request.support.Solicitudes.get;
import static mx.idse.request.support.Solicitudes.personaMoral;
import static mx.idse.request.support.Solicitudes.submit;
import static mx.idse.request.support.Solicitudes.submitValid;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import mx.idse.events.EventJson;
import mx.idse.events.Topics;
import mx.idse.events.payload.RequestDeadlineApproaching;
import mx.idse.platform.time.ClockProducer;
import mx.idse.platform.time.MovableClock;
import mx.idse.request.solicitud.SolicitudEntity;
import mx.idse.request.support.CertificateEvents;
import mx.idse.testinfra.KafkaTopics;
import mx.idse.testinfra.OperadorTokens;

@QuarkusTest
class ExpiryTest {

    @Inject
    ExpiryService expiry;
    @Inject
    ClockProducer clocks;
    @Inject
    Clock clock;

    @AfterEach
    void backToRealTime() {
        movable().reset();
    }

    @Test
    void expiresARequestWhenItsDeadlineDayEndsInMexicoCityAndEmitsRequestExpiredOnce() {
        String folio = submitValid(personaMoral());
        Instant expiresAt = stored(folio).expiresAt;

        moveTo(expiresAt.minusSeconds(60));
        expiry.expireOverdue();
        get(folio).statusCode(200).body("estado", equalTo("PENDIENTE"));

        moveTo(expiresAt.plusSeconds(60));
        expiry.expireOverdue();
        expiry.expireOverdue();

        get(folio).statusCode(200).body("estado", equalTo("VENCIDA")).body("fechaVencimiento", notNullValue());
        List<ConsumerRecord<String, String>> expired = KafkaTopics.awaitRecords(Topics.REQUESTS,
                r -> folio.equals(r.key()) && r.value().contains("idse.request.expired.v1"), 2, Duration.ofSeconds(5));
        assertEquals(1, expired.size(), "RequestExpired exactly once");
    }

    @Test
    void anExpiredRequestCanNoLongerBeConcludedAndItsUsuarioIsFree() {
        Map<String, Object> body = personaMoral();
        String folio = submitValid(body);
        moveTo(stored(folio).expiresAt.plusSeconds(1));

        conclude(folio, OperadorTokens.operador("ana.lopez")).statusCode(409).body("code", equalTo("SOLICITUD_VENCIDA"));

        expiry.expireOverdue();
        Map<String, Object> again = personaMoral();
        again.put("usuario", body.get("usuario"));
        submitValid(again);
    }

    @Test
    void aRequestPastItsDeadlineCanBeNeitherRejectedNorWithdrawnEvenBeforeTheJobRuns() {
        Map<String, Object> body = personaMoral();
        String folio = submitValid(body);
        moveTo(stored(folio).expiresAt.plusSeconds(1));

        given().auth().oauth2(OperadorTokens.operador("ana.lopez")).contentType(ContentType.JSON)
                .body(Map.of("motivo", "DATOS_NO_COINCIDEN", "subdelegacion", OperadorTokens.SUBDELEGACION))
                .post("/api/v1/solicitudes/{folio}/rechazo", folio)
                .then().statusCode(409).contentType("application/problem+json")
                .body("code", equalTo("SOLICITUD_VENCIDA"));
        given().contentType(ContentType.JSON)
                .body(Map.of("usuario", body.get("usuario"), "contrasena", body.get("contrasena")))
                .post("/api/v1/solicitudes/{folio}/retiro", folio)
                .then().statusCode(409).contentType("application/problem+json")
                .body("code", equalTo("SOLICITUD_VENCIDA"));
        get(folio).statusCode(200).body("estado", equalTo("PENDIENTE"));
    }

    @Test
    void sendsTheDeadlineNoticeOnceWhenTwoBusinessDaysRemain() {
        String folio = submitValid(personaMoral());
        SolicitudEntity solicitud = stored(folio);

        moveTo(solicitud.deadlineNoticeAt.minusSeconds(60));
        expiry.sendDeadlineNotices();
        moveTo(solicitud.deadlineNoticeAt.plusSeconds(3600));
        expiry.sendDeadlineNotices();
        expiry.sendDeadlineNotices();

        List<ConsumerRecord<String, String>> notices = KafkaTopics.awaitRecords(Topics.REQUESTS,
                r -> folio.equals(r.key()) && r.value().contains("idse.request.deadline-approaching.v1"), 2,
                Duration.ofSeconds(5));
        assertEquals(1, notices.size(), "the notice goes out once");
        RequestDeadlineApproaching notice = EventJson.read(notices.get(0).value()).dataAs(RequestDeadlineApproaching.class);
        assertEquals(2, notice.diasHabilesRestantes());
        assertEquals(solicitud.fechaLimite, notice.fechaLimite());
    }

    @Test
    void aCertificatePastItsValidityFreesItsUsuario() {
        Map<String, Object> body = personaMoral();
        String folio = submitValid(body);
        conclude(folio, OperadorTokens.operador("ana.lopez")).statusCode(200);
        Instant validUntil = clock.instant().plus(Duration.ofDays(1));
        CertificateEvents.publish(CertificateEvents.issued(folio, CertificateEvents.randomSerial(), "NPIE0003",
                validUntil, clock));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> get(folio).body("estado", equalTo("ATENDIDA")));
        Map<String, Object> again = personaMoral();
        again.put("usuario", body.get("usuario"));
        submit(again).statusCode(409);

        moveTo(validUntil.plusSeconds(60));
        expiry.releaseUsuariosOfExpiredCertificates();

        submit(again).statusCode(201);
    }

    private SolicitudEntity stored(String folio) {
        return QuarkusTransaction.requiringNew().call(() -> SolicitudEntity.findByFolio(folio).orElseThrow());
    }

    private void moveTo(Instant target) {
        movable().advance(Duration.between(clock.instant(), target));
    }

    private MovableClock movable() {
        return clocks.movable().orElseThrow();
    }
}
