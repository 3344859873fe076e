package mx.idse.request.conclusion;

import static io.restassured.RestAssured.given;
import static mx.idse.request.support.Solicitudes.conclude;
import static mx.idse.request.support.Solicitudes.personaFisica;
import static mx.idse.request.support.Solicitudes.personaMoral;
import static mx.idse.request.support.Solicitudes.submitValid;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import mx.idse.events.EventJson;
import mx.idse.events.Topics;
import mx.idse.events.payload.RequestConcluded;
import mx.idse.events.payload.RequestRejected;
import mx.idse.request.solicitud.SolicitudAuditEntity;
import mx.idse.request.solicitud.SolicitudEntity;
import mx.idse.testinfra.KafkaTopics;
import mx.idse.testinfra.OperadorTokens;

@QuarkusTest
class OperadorTest {

    private static final Map<String, Object> ALL_DOCUMENTS = Map.of("subdelegacion", "Subdelegación Centro",
            "documentosVerificados", List.of("IDENTIFICACION_OFICIAL", "TARJETA_IDENTIFICACION_PATRONAL",
                    "CARTA_TERMINOS_CONDICIONES", "PODER_NOTARIAL"));

    @Test
    void concludesAVerifiedRequestAndSendsRequestConcludedOnTheIssuanceTopic() {
        Map<String, Object> body = personaMoral();
        String folio = submitValid(body);

        conclude(folio, OperadorTokens.operador("ana.lopez")).statusCode(200)
                .body("estado", equalTo("CONCLUIDA"))
                .body("subdelegacion", equalTo("Subdelegación Centro"));

        SolicitudEntity stored = QuarkusTransaction.requiringNew().call(() -> SolicitudEntity.findByFolio(folio).orElseThrow());
        assertEquals("ana.lopez", stored.operador, "the operator's JWT subject is recorded");
        long auditLines = QuarkusTransaction.requiringNew().call(() -> SolicitudAuditEntity.count(
                "folio = ?1 and actor = ?2 and subdelegacion = ?3", folio, "ana.lopez", OperadorTokens.SUBDELEGACION));
        assertEquals(1, auditLines);

        List<ConsumerRecord<String, String>> events = KafkaTopics.awaitRecords(Topics.ISSUANCE,
                r -> folio.equals(r.key()), 1, Duration.ofSeconds(30));
        assertEquals(1, events.size());
        RequestConcluded concluded = EventJson.read(events.get(0).value()).dataAs(RequestConcluded.class);
        assertEquals(stored.passwordHash, concluded.passwordHash());
        assertEquals(stored.csr, concluded.csr());
        assertEquals(body.get("usuario"), concluded.usuario());
        assertEquals("SABC560626MDFLRN01", concluded.representanteLegal().curp());
        assertEquals("ana.lopez", concluded.operador());
        assertEquals(OperadorTokens.SUBDELEGACION, concluded.subdelegacion(), "the token's claim is recorded");
        assertTrue(KafkaTopics.readAllNow(Topics.REQUESTS, Duration.ofMillis(200)).stream()
                .noneMatch(r -> r.value().contains("argon2")), "the hash never reaches the public requests topic");
    }

    @Test
    void refusesAConclusionThatMissesARequiredDocument() {
        String folio = submitValid(personaMoral());

        operator().body(Map.of("documentosVerificados",
                List.of("IDENTIFICACION_OFICIAL", "TARJETA_IDENTIFICACION_PATRONAL", "CARTA_TERMINOS_CONDICIONES")))
                .post("/api/v1/solicitudes/{folio}/conclusion", folio)
                .then().statusCode(400)
                .body("errores.campo", hasItem("documentosVerificados"))
                .body("errores.mensaje", hasItem(containsString("PODER_NOTARIAL")));
        given().get("/api/v1/solicitudes/{folio}", folio).then().body("estado", equalTo("PENDIENTE"));
    }

    @Test
    void aPersonaFisicaNeedsNoPowerOfAttorney() {
        String folio = submitValid(personaFisica());

        operator().body(Map.of("documentosVerificados",
                List.of("IDENTIFICACION_OFICIAL", "TARJETA_IDENTIFICACION_PATRONAL", "CARTA_TERMINOS_CONDICIONES")))
                .post("/api/v1/solicitudes/{folio}/conclusion", folio)
                .then().statusCode(200).body("subdelegacion", equalTo(OperadorTokens.SUBDELEGACION)).body("estado", equalTo("CONCLUIDA"));
    }

    @Test
    void refusesUnknownDocuments() {
        String folio = submitValid(personaMoral());

        operator().body(Map.of("documentosVerificados", List.of("ACTA_DE_NACIMIENTO")))
                .post("/api/v1/solicitudes/{folio}/conclusion", folio)
                .then().statusCode(400)
                .body("errores.campo", hasItem("documentosVerificados"))
                .body("errores.mensaje", hasItem(containsString("ACTA_DE_NACIMIENTO")));
    }

    @Test
    void aRequestIsConcludedOnlyOnce() {
        String folio = submitValid(personaMoral());
        conclude(folio, OperadorTokens.operador("ana.lopez")).statusCode(200);

        conclude(folio, OperadorTokens.operador("ana.lopez")).statusCode(409)
                .body("code", equalTo("ESTADO_NO_PERMITE_OPERACION"));
        operator().body(Map.of("motivo", "DATOS_NO_COINCIDEN"))
                .post("/api/v1/solicitudes/{folio}/rechazo", folio).then().statusCode(409);
    }

    @Test
    void rejectsARequestWithACatalogueReasonAndFreesTheUsuario() {
        Map<String, Object> body = personaMoral();
        String folio = submitValid(body);

        given().auth().oauth2(OperadorTokens.withSubdelegacion("luis.perez", "Subdelegación Norte"))
                .contentType(ContentType.JSON).body(Map.of("motivo", "DATOS_NO_COINCIDEN"))
                .post("/api/v1/solicitudes/{folio}/rechazo", folio)
                .then().statusCode(200)
                .body("subdelegacion", equalTo("Subdelegación Norte"))
                .body("estado", equalTo("RECHAZADA"))
                .body("motivoRechazo.codigo", equalTo("DATOS_NO_COINCIDEN"));

        List<ConsumerRecord<String, String>> events = KafkaTopics.awaitRecords(Topics.REQUESTS,
                r -> folio.equals(r.key()) && r.value().contains("idse.request.rejected.v1"), 1, Duration.ofSeconds(30));
        assertEquals(1, events.size());
        assertEquals("Subdelegación Norte",
                EventJson.read(events.get(0).value()).dataAs(RequestRejected.class).subdelegacion());
        Map<String, Object> again = personaMoral();
        again.put("usuario", body.get("usuario"));
        submitValid(again);
    }

    @Test
    void refusesARejectionWithoutAKnownReason() {
        String folio = submitValid(personaMoral());

        operator().body(Map.of("motivo", "NO_ME_GUSTA"))
                .post("/api/v1/solicitudes/{folio}/rechazo", folio)
                .then().statusCode(400).body("errores.campo", hasItem("motivo"));
    }

    @Test
    void operatorRoutesRefuseAMissingToken() {
        String folio = submitValid(personaMoral());

        given().contentType(ContentType.JSON).body(ALL_DOCUMENTS)
                .post("/api/v1/solicitudes/{folio}/conclusion", folio)
                .then().statusCode(401).contentType("application/problem+json")
                .body("code", equalTo("NO_AUTENTICADO"));
    }

    @Test
    void operatorRoutesRefuseATokenWithoutTheOperatorRole() {
        String folio = submitValid(personaMoral());

        given().auth().oauth2(OperadorTokens.withGroups("curioso", "solicitante")).contentType(ContentType.JSON)
                .body(ALL_DOCUMENTS).post("/api/v1/solicitudes/{folio}/conclusion", folio)
                .then().statusCode(403).contentType("application/problem+json")
                .body("code", equalTo("SIN_PERMISO"));
        given().get("/api/v1/solicitudes/{folio}", folio).then().body("estado", equalTo("PENDIENTE"));
    }

    @Test
    void operatorRoutesRefuseExpiredForeignOrWrongIssuerTokens() {
        String folio = submitValid(personaMoral());

        for (String token : List.of(OperadorTokens.expired("ana.lopez"), OperadorTokens.signedByUnknownKey("ana.lopez"),
                OperadorTokens.withIssuer("ana.lopez", "https://otro-emisor.example"), "no.es.jwt")) {
            given().auth().oauth2(token).contentType(ContentType.JSON).body(ALL_DOCUMENTS)
                    .post("/api/v1/solicitudes/{folio}/conclusion", folio)
                    .then().statusCode(401).contentType("application/problem+json");
        }
        given().get("/api/v1/solicitudes/{folio}", folio).then().body("estado", equalTo("PENDIENTE"));
    }

    @Test
    void operatorRoutesRefuseTokensForAnotherAudienceWithoutAudienceOrTooOld() {
        String folio = submitValid(personaMoral());

        for (String token : List.of(OperadorTokens.withAudience("ana.lopez", "otro-sistema"),
                OperadorTokens.withAudience("ana.lopez", null), OperadorTokens.tooOld("ana.lopez"))) {
            given().auth().oauth2(token).contentType(ContentType.JSON).body(ALL_DOCUMENTS)
                    .post("/api/v1/solicitudes/{folio}/conclusion", folio)
                    .then().statusCode(401).contentType("application/problem+json")
                    .body("code", equalTo("NO_AUTENTICADO"));
        }
        given().get("/api/v1/solicitudes/{folio}", folio).then().body("estado", equalTo("PENDIENTE"));
    }

    @Test
    void aTokenWithoutSubdelegacionCannotConcludeOrReject() {
        String folio = submitValid(personaMoral());
        String token = OperadorTokens.withSubdelegacion("ana.lopez", null);

        given().auth().oauth2(token).contentType(ContentType.JSON).body(ALL_DOCUMENTS)
                .post("/api/v1/solicitudes/{folio}/conclusion", folio)
                .then().statusCode(403).contentType("application/problem+json")
                .body("code", equalTo("SIN_PERMISO"))
                .body("detail", containsString("Subdelegación"));
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("motivo", "DATOS_NO_COINCIDEN"))
                .post("/api/v1/solicitudes/{folio}/rechazo", folio)
                .then().statusCode(403).body("code", equalTo("SIN_PERMISO"));
        given().get("/api/v1/solicitudes/{folio}", folio).then().body("estado", equalTo("PENDIENTE"));
    }

    @Test
    void refusesABodySubdelegacionOtherThanTheTokensAndChangesNothing() {
        String folio = submitValid(personaMoral());

        operator().body(Map.of("subdelegacion", "Subdelegación Norte", "documentosVerificados",
                ALL_DOCUMENTS.get("documentosVerificados")))
                .post("/api/v1/solicitudes/{folio}/conclusion", folio)
                .then().statusCode(403).contentType("application/problem+json")
                .body("code", equalTo("SUBDELEGACION_NO_COINCIDE"))
                .body("detail", containsString(OperadorTokens.SUBDELEGACION));
        operator().body(Map.of("motivo", "DATOS_NO_COINCIDEN", "subdelegacion", "Subdelegacion Centro"))
                .post("/api/v1/solicitudes/{folio}/rechazo", folio)
                .then().statusCode(403).body("code", equalTo("SUBDELEGACION_NO_COINCIDE"));
        given().get("/api/v1/solicitudes/{folio}", folio).then().body("estado", equalTo("PENDIENTE"));
        assertTrue(KafkaTopics.readAllNow(Topics.ISSUANCE, Duration.ofMillis(200)).stream()
                .noneMatch(r -> folio.equals(r.key())), "no RequestConcluded for a refused conclusion");
    }

    @Test
    void acceptsTheTokensSubdelegacionInTheBodyWrittenInAnotherCase() {
        String folio = submitValid(personaMoral());

        operator().body(Map.of("subdelegacion", "  subdelegación CENTRO ", "documentosVerificados",
                ALL_DOCUMENTS.get("documentosVerificados")))
                .post("/api/v1/solicitudes/{folio}/conclusion", folio)
                .then().statusCode(200)
                .body("subdelegacion", equalTo(OperadorTokens.SUBDELEGACION));
    }

    @Test
    void concludingAnUnknownFolioIs404() {
        conclude("0000-0000-0000-0", OperadorTokens.operador("ana.lopez")).statusCode(404);
    }

    private static RequestSpecification operator() {
        return given().auth().oauth2(OperadorTokens.operador("ana.lopez")).contentType(ContentType.JSON);
    }
}
