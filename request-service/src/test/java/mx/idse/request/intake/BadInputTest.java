package mx.idse.request.intake;

import static io.restassured.RestAssured.given;
import static mx.idse.request.support.Solicitudes.personaMoral;
import static mx.idse.request.support.Solicitudes.set;
import static mx.idse.request.support.Solicitudes.submit;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import mx.idse.pki.testing.Csrs;
import mx.idse.request.solicitud.SolicitudEntity;

/**
 * Each kind of answer to bad input, once, through REST: a problem+json 4xx that writes nothing.
 * The field rules themselves are rows of SolicitudValidatorTest.
 */
@QuarkusTest
class BadInputTest {

    @Test
    void listsEveryBadFieldAtOnceAndWritesNothing() {
        Map<String, Object> body = personaMoral();
        set(body, "patron.rfc", "CFE370814QI1"); // only a warning: not in the list
        set(body, "patron.nombre", "ACME\u202E SA");
        set(body, "representanteLegal.curp", "SABC560626MDFLRN02");
        set(body, "domicilioFiscal.codigoPostal", "123");
        set(body, "correo", "no-es-correo");
        set(body, "contrasena", "x");

        submit(body).statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("DATOS_INVALIDOS"))
                .body("status", equalTo(400))
                .body("detail", not(emptyOrNullString()))
                .body("errores.campo", hasItems("patron.nombre", "representanteLegal.curp",
                        "domicilioFiscal.codigoPostal", "correo", "contrasena"))
                .body("errores.campo", not(hasItem("patron.rfc")))
                .body("errores.mensaje", not(hasItem(emptyOrNullString())));
        assertNothingStoredFor(body.get("usuario"));
    }

    @Test
    void aCsrWithoutProofOfPossessionIsA400NamingTheCsr() {
        Map<String, Object> body = set(personaMoral(), "csr", Csrs.withForeignSignature());

        submit(body).statusCode(400).contentType("application/problem+json")
                .body("errores.campo", hasItem("csr"));
        assertNothingStoredFor(body.get("usuario"));
    }

    @Test
    void malformedJsonIsA400Problem() {
        given().contentType(ContentType.JSON).body("{\"patron\": ").post("/api/v1/solicitudes")
                .then().statusCode(400).contentType("application/problem+json")
                .body("code", equalTo("CUERPO_INVALIDO"));
    }

    @Test
    void aFieldOfTheWrongJsonTypeIsA400Problem() {
        given().contentType(ContentType.JSON).body("{\"patron\": \"ACME\"}").post("/api/v1/solicitudes")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void aNonJsonBodyIsA415Problem() {
        given().contentType(ContentType.TEXT).body("rfc=CFE370814QI0").post("/api/v1/solicitudes")
                .then().statusCode(415).contentType("application/problem+json")
                .body("code", equalTo("TIPO_CONTENIDO_NO_SOPORTADO"));
    }

    @Test
    void anOversizedBodyIsRefused() {
        Map<String, Object> body = set(personaMoral(), "csr", "A".repeat(70_000));

        submit(body).statusCode(413).contentType("application/problem+json")
                .body("code", equalTo("CUERPO_DEMASIADO_GRANDE"));
        assertNothingStoredFor(body.get("usuario"));
    }

    @Test
    void aMalformedIdempotencyKeyIsA400Problem() {
        Map<String, Object> body = personaMoral();

        given().header("Idempotency-Key", "x".repeat(201)).contentType(ContentType.JSON).body(body)
                .post("/api/v1/solicitudes").then().statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("IDEMPOTENCY_KEY_INVALIDA"));
        assertNothingStoredFor(body.get("usuario"));
    }

    private static void assertNothingStoredFor(Object usuario) {
        long rows = QuarkusTransaction.requiringNew().call(() -> SolicitudEntity.count("usuario", usuario));
        assertEquals(0, rows, "nothing written for a refused request");
    }
}
