package mx.idse.request.intake;

import static io.restassured.RestAssured.given;
import static mx.idse.request.support.Solicitudes.personaMoral;
import static mx.idse.request.support.Solicitudes.set;
import static mx.idse.request.support.Solicitudes.submitValid;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import mx.idse.pki.testing.Csrs;
import mx.idse.request.solicitud.SolicitudEntity;
import mx.idse.request.support.Solicitudes;

/**
 * {@code POST /api/v1/solicitudes/validacion}: intake's rules on a body, whole or partial, for
 * frontends; 200 with the advertencias or 400 with every field error, and nothing created.
 */
@QuarkusTest
class ValidacionTest {

    @Test
    void aWholeValidBodyIs200WithoutAdvertencias() {
        validate(personaMoral()).statusCode(200).contentType(ContentType.JSON)
                .body("advertencias", empty());
    }

    @Test
    void anRfcWhoseCheckDigitDoesNotMatchIs200WithItsAdvertencia() {
        validate(Map.of("patron", Map.of("rfc", "CFE370814QI1"))).statusCode(200)
                .body("advertencias", hasSize(1))
                .body("advertencias[0].campo", equalTo("patron.rfc"))
                .body("advertencias[0].codigo", equalTo("RFC_DIGITO_VERIFICADOR"))
                .body("advertencias[0].mensaje", containsString("Tarjeta de Identificación Patronal"));
    }

    @Test
    void aSingleBadFieldAloneIs400NamingOnlyThatField() {
        validate(Map.of("domicilioFiscal", Map.of("codigoPostal", "6600"))).statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("DATOS_INVALIDOS"))
                .body("errores.campo", contains("domicilioFiscal.codigoPostal"));
    }

    @Test
    void everyBadFieldOfTheBodyIsListedAtOnce() {
        Map<String, Object> body = set(personaMoral(), "representanteLegal.curp", "SABC560626MDFLRN02");
        set(body, "correo", "no-es-correo");
        set(body, "contrasena", body.get("usuario"));

        validate(body).statusCode(400)
                .body("errores.campo", hasItems("representanteLegal.curp", "correo", "contrasena"))
                .body("errores", hasSize(3));
    }

    @Test
    void aCurpWithEnieIsRefusedSayingRenapoWritesX() {
        validate(Map.of("representanteLegal", Map.of("curp", "NUPJ800101HDFÑÑS06"))).statusCode(400)
                .body("errores.campo", contains("representanteLegal.curp"))
                .body("errores[0].mensaje", containsString("La CURP no lleva Ñ: RENAPO la escribe con X"));
    }

    @Test
    void anEmptyObjectIs200() {
        validate(Map.of()).statusCode(200).body("advertencias", empty());
    }

    @Test
    void aRuleAcrossFieldsAppliesOnlyWhenTheyAreAllThere() {
        validate(Map.of("patron", Map.of("tipoPersona", "MORAL"))).statusCode(200);
        validate(Map.of("patron", Map.of("tipoPersona", "MORAL", "curp", "SABC560626MDFLRN01"))).statusCode(400)
                .body("errores.campo", contains("patron.curp"));
        validate(Map.of("patron", Map.of("tipoPersona", "FISICA", "rfc", "CFE370814QI0"))).statusCode(400)
                .body("errores.campo", contains("patron.rfc"));
        validate(Map.of("usuario", "usuario2026", "contrasena", "USUARIO2026")).statusCode(400)
                .body("errores.campo", contains("contrasena"));
    }

    @Test
    void aTakenUsuarioGetsTheSameAnswerAsAFreeOne() {
        Map<String, Object> taken = personaMoral();
        submitValid(taken);
        Map<String, Object> free = set(personaMoral(), "correo", taken.get("correo"));

        String takenAnswer = validate(taken).statusCode(200).extract().asString();
        String freeAnswer = validate(free).statusCode(200).extract().asString();
        String takenAlone = validate(Map.of("usuario", taken.get("usuario"))).statusCode(200).extract().asString();

        assertEquals(freeAnswer, takenAnswer);
        assertEquals(freeAnswer, takenAlone);
    }

    @Test
    void createsNothing() {
        long before = storedRows();

        validate(personaMoral()).statusCode(200);
        validate(set(personaMoral(), "csr", Csrs.ecP256())).statusCode(200);
        validate(set(personaMoral(), "patron.rfc", "CFE370814QI1")).statusCode(200);
        validate(set(personaMoral(), "correo", "x")).statusCode(400);

        assertEquals(before, storedRows(), "no solicitud, Idempotency-Key or event");
    }

    @Test
    void checksTheCsrFormatKeyPolicyAndSignature() {
        validate(Map.of("csr", Csrs.ecP256())).statusCode(200);
        validate(Map.of("csr", "hola")).statusCode(400).body("errores.campo", contains("csr"));
        validate(Map.of("csr", Csrs.rsa(1024))).statusCode(400).body("errores.campo", contains("csr"));
        validate(Map.of("csr", Csrs.withForeignSignature())).statusCode(400).body("errores.campo", contains("csr"));
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"{\"patron\": ", "{\"patron\": \"ACME\"}", "[]", "\"hola\"", "null", "{\"usuario\": 12}",
            "{\"patron\": {\"rfc\": [1]}}"})
    void garbageJsonIsA400ProblemNeverA500(String garbage) {
        given().contentType(ContentType.JSON).body(garbage).post("/api/v1/solicitudes/validacion")
                .then().statusCode(400).contentType("application/problem+json");
    }

    /** With an Idempotency-Key, which the route ignores: it remembers nothing. */
    private static ValidatableResponse validate(Map<String, ?> body) {
        return given().contentType(ContentType.JSON).header("Idempotency-Key", Solicitudes.uniqueUsuario()).body(body)
                .when().post("/api/v1/solicitudes/validacion").then();
    }

    private static long storedRows() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) SolicitudEntity.getEntityManager()
                .createNativeQuery("SELECT (SELECT count(*) FROM solicitud) + (SELECT count(*) FROM idempotency_key)"
                        + " + (SELECT count(*) FROM outbox_event)")
                .getSingleResult()).longValue());
    }
}
