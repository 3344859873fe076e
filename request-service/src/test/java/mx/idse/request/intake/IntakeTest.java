package mx.idse.request.intake;

import static io.restassured.RestAssured.given;
import static mx.idse.request.support.Solicitudes.personaFisica;
import static mx.idse.request.support.Solicitudes.personaMoral;
import static mx.idse.request.support.Solicitudes.set;
import static mx.idse.request.support.Solicitudes.submit;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import mx.idse.events.CloudEvent;
import mx.idse.events.EventJson;
import mx.idse.events.Topics;
import mx.idse.events.payload.RequestSubmitted;
import mx.idse.pki.testing.Csrs;
import mx.idse.request.solicitud.SolicitudAuditEntity;
import mx.idse.request.solicitud.SolicitudEntity;
import mx.idse.request.support.Solicitudes;
import mx.idse.testinfra.KafkaTopics;
import mx.idse.testinfra.OperadorTokens;

@QuarkusTest
class IntakeTest {

    @Test
    void storesASubmittedRequestAndPublishesRequestSubmittedWithoutSecrets() {
        Map<String, Object> body = personaMoral();
        body.put("csr", Csrs.ecP256());

        String folio = submit(body)
                .statusCode(201)
                .contentType(ContentType.JSON)
                .header("Location", matchesPattern(".*/api/v1/solicitudes/[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]"))
                .body("tipo", equalTo("PRINCIPAL"))
                .body("estado", equalTo("PENDIENTE"))
                .body("folio", matchesPattern("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]"))
                .body("fechaLimite", matchesPattern("\\d{4}-\\d{2}-\\d{2}"))
                .body("documentosRequeridos", contains("IDENTIFICACION_OFICIAL", "TARJETA_IDENTIFICACION_PATRONAL",
                        "CARTA_TERMINOS_CONDICIONES", "PODER_NOTARIAL"))
                .body("llavePrivada", nullValue())
                .extract().path("folio");

        SolicitudEntity stored = QuarkusTransaction.requiringNew().call(() -> SolicitudEntity.findByFolio(folio).orElseThrow());
        assertEquals("CFE370814QI0", stored.rfc);
        assertEquals("Y5412345108", stored.registroPatronal);
        assertEquals("09", stored.entidadFederativa);
        assertTrue(stored.passwordHash.startsWith("$argon2id$v=19$"), "password kept only as an Argon2id hash");
        assertFalse(stored.passwordHash.contains("Secreto2026x"));

        List<ConsumerRecord<String, String>> events = KafkaTopics.awaitRecords(Topics.REQUESTS,
                r -> folio.equals(r.key()), 1, Duration.ofSeconds(30));
        assertEquals(1, events.size(), "one RequestSubmitted keyed by folio");
        String json = events.get(0).value();
        CloudEvent event = EventJson.read(json);
        assertEquals("idse.request.submitted.v1", event.type());
        assertEquals("/idse/request-service", event.source());
        RequestSubmitted submitted = event.dataAs(RequestSubmitted.class);
        assertEquals(body.get("correo"), submitted.correo());
        assertEquals(stored.fechaLimite, submitted.fechaLimite());
        assertFalse(json.contains("Secreto2026x") || json.contains("argon2") || json.contains("contrasena")
                || json.contains("CERTIFICATE REQUEST"), "no secret or key material in the event");
    }

    @Test
    void generatesAnEncryptedPrivateKeyThatOpensslOpensWithThePassword() throws Exception {
        Map<String, Object> body = personaFisica();

        String key = submit(body).statusCode(201)
                .header("Cache-Control", containsString("no-store"))
                .body("documentosRequeridos", not(hasItem("PODER_NOTARIAL")))
                .body("llavePrivada", startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----"))
                .extract().path("llavePrivada");

        Path dir = Files.createTempDirectory("generated-key");
        Path keyFile = Files.writeString(dir.resolve("solicitante.key"), key);
        Process openssl = new ProcessBuilder("openssl", "pkey", "-in", keyFile.toString(), "-passin",
                "pass:Secreto2026x", "-noout").redirectErrorStream(true).start();
        assertTrue(openssl.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, openssl.exitValue(), new String(openssl.getInputStream().readAllBytes()));
        Process wrongPassword = new ProcessBuilder("openssl", "pkey", "-in", keyFile.toString(), "-passin",
                "pass:otraClave99", "-noout").redirectErrorStream(true).start();
        assertTrue(wrongPassword.waitFor(30, TimeUnit.SECONDS));
        assertTrue(wrongPassword.exitValue() != 0, "the key opens only with the applicant's password");
    }

    @Test
    void neverStoresTheGeneratedPrivateKey() {
        String folio = submit(personaFisica()).statusCode(201).extract().path("folio");

        SolicitudEntity stored = QuarkusTransaction.requiringNew().call(() -> SolicitudEntity.findByFolio(folio).orElseThrow());
        assertTrue(stored.keyGenerated);
        assertTrue(stored.csr.startsWith("-----BEGIN CERTIFICATE REQUEST-----"));
        assertFalse(stored.csr.contains("PRIVATE KEY"));
    }

    @Test
    void answersAStatusLookupAndNormalisesTheFolio() {
        String folio = submit(personaMoral()).statusCode(201).extract().path("folio");

        given().when().get("/api/v1/solicitudes/{folio}", folio.toLowerCase().replace("-", ""))
                .then().statusCode(200)
                .body("folio", equalTo(folio))
                .body("estado", equalTo("PENDIENTE"))
                .body("fechaSolicitud", matchesPattern(".*-0[56]:00"));
    }

    @Test
    void unknownOrMalformedFolioIsA404Problem() {
        given().when().get("/api/v1/solicitudes/{folio}", "no-es-un-folio")
                .then().statusCode(404).contentType("application/problem+json")
                .body("code", equalTo("NO_ENCONTRADO"))
                .body("status", equalTo(404));
    }

    @Test
    void aUsuarioHeldByAPendingRequestGets409() {
        Map<String, Object> first = personaMoral();
        submit(first).statusCode(201);
        Map<String, Object> second = personaMoral();
        second.put("usuario", ((String) first.get("usuario")).toUpperCase());

        submit(second).statusCode(409).contentType("application/problem+json")
                .body("code", equalTo("USUARIO_EN_USO"));
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyReturnsTheSameFolioWithoutTheKey() {
        Map<String, Object> body = personaFisica();
        String key = UUID.randomUUID().toString();

        String folio = given().header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .post("/api/v1/solicitudes").then().statusCode(201)
                .body("llavePrivada", startsWith("-----BEGIN")).extract().path("folio");
        given().header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .post("/api/v1/solicitudes").then().statusCode(201)
                .header("Idempotent-Replayed", "true")
                .body("folio", equalTo(folio))
                .body("llavePrivada", nullValue());

        long rows = QuarkusTransaction.requiringNew()
                .call(() -> SolicitudEntity.count("usuario", body.get("usuario")));
        assertEquals(1, rows);
    }

    @Test
    void anIdempotencyKeyReusedWithOtherDataIsRefused() {
        Map<String, Object> body = personaFisica();
        String key = UUID.randomUUID().toString();
        given().header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .post("/api/v1/solicitudes").then().statusCode(201);

        body.put("contrasena", "OtraClave2026");
        given().header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .post("/api/v1/solicitudes").then().statusCode(422)
                .body("code", equalTo("IDEMPOTENCY_KEY_REUTILIZADA"));
    }

    @Test
    void anRfcWithAWrongCheckDigitIsAcceptedWithAWarningTheOperatorSees() {
        Map<String, Object> body = set(personaMoral(), "patron.rfc", "CFE370814QI1");

        String folio = submit(body).statusCode(201)
                .body("advertencias.campo", contains("patron.rfc"))
                .body("advertencias.codigo", contains("RFC_DIGITO_VERIFICADOR"))
                .body("advertencias[0].mensaje", containsString("Tarjeta de Identificación Patronal"))
                .extract().path("folio");

        given().get("/api/v1/solicitudes/{folio}", folio).then().statusCode(200)
                .body("advertencias.codigo", contains("RFC_DIGITO_VERIFICADOR"));
        SolicitudEntity stored = QuarkusTransaction.requiringNew().call(() -> SolicitudEntity.findByFolio(folio).orElseThrow());
        assertEquals("CFE370814QI1", stored.rfc);
        assertEquals(List.of("RFC_DIGITO_VERIFICADOR"), stored.advertencias.stream().map(a -> a.codigo()).toList());
        long auditLines = QuarkusTransaction.requiringNew().call(() -> SolicitudAuditEntity.count(
                "folio = ?1 and detalle like ?2", folio, "%RFC_DIGITO_VERIFICADOR%"));
        assertEquals(1, auditLines, "the audit trail records the warning");

        Solicitudes.conclude(folio, OperadorTokens.operador("ana.lopez")).statusCode(200);
        long confirmations = QuarkusTransaction.requiringNew().call(() -> SolicitudAuditEntity.count(
                "folio = ?1 and actor = ?2 and detalle like ?3", folio, "ana.lopez", "%RFC_DIGITO_VERIFICADOR%confirmada%"));
        assertEquals(1, confirmations, "concluding records that the operator confirmed the RFC in person");
    }

    @Test
    void aRequestWithoutWarningsAnswersWithoutAdvertencias() {
        String folio = submit(personaMoral()).statusCode(201).body("$", not(hasKey("advertencias")))
                .extract().path("folio");

        given().get("/api/v1/solicitudes/{folio}", folio).then().statusCode(200).body("$", not(hasKey("advertencias")));
    }

    @Test
    void storesExactlyTheValuesThatWereValidated() {
        Map<String, Object> body = personaMoral();
        set(body, "patron.nombre", "  Compan\u0303i\u0301a   Minera\u00A0del Norte ");
        set(body, "representanteLegal.nombre", "Beatriz  Sa\u0301nchez");
        set(body, "representanteLegal.curp", " sabc560626mdflrn01 ");
        set(body, "patron.rfc", " cfe370814qi0 ");
        set(body, "domicilioFiscal.colonia", "Jua\u0301rez ");
        set(body, "correo", " " + body.get("usuario") + "@Example.MX ");

        String folio = submit(body).statusCode(201).extract().path("folio");

        SolicitudEntity stored = QuarkusTransaction.requiringNew().call(() -> SolicitudEntity.findByFolio(folio).orElseThrow());
        assertEquals("Compañía Minera del Norte", stored.nombre);
        assertEquals("Beatriz Sánchez", stored.representanteNombre);
        assertEquals("SABC560626MDFLRN01", stored.representanteCurp);
        assertEquals("CFE370814QI0", stored.rfc);
        assertEquals("Juárez", stored.colonia);
        assertEquals(body.get("usuario") + "@example.mx", stored.correo);
    }

    @Test
    void acceptsAnRsaCsrAndKeepsItAsSent() {
        Map<String, Object> body = set(personaMoral(), "csr", Csrs.rsa(2048));

        String folio = submit(body).statusCode(201).body("llavePrivada", nullValue()).extract().path("folio");

        SolicitudEntity stored = QuarkusTransaction.requiringNew().call(() -> SolicitudEntity.findByFolio(folio).orElseThrow());
        assertFalse(stored.keyGenerated);
        assertEquals(body.get("csr").toString().strip(), stored.csr.strip());
    }
}
