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
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
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
    void aChunkedBodyOverTheHttpLimitIsA413ProblemToo() throws Exception {
        // No Content-Length: it can only be counted while it streams in.
        HttpResponse<String> response = postChunked("{\"csr\":\"" + "A".repeat(300 * 1024) + "\"}");

        assertEquals(413, response.statusCode());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        assertTrue(response.body().contains("CUERPO_DEMASIADO_GRANDE"), response.body());
    }

    @Test
    void aChunkedBodyUnderTheLimitIsReadAsAnyOther() throws Exception {
        HttpResponse<String> response = postChunked("{\"correo\":\"no-es-correo\"}");

        assertEquals(400, response.statusCode(), response.body());
        assertTrue(response.body().contains("\"campo\":\"correo\""), response.body());
    }

    private static HttpResponse<String> postChunked(String json) throws Exception {
        byte[] bytes = json.getBytes(StandardCharsets.US_ASCII);
        HttpRequest request = HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port + "/api/v1/solicitudes"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes)))
                .build();
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(request, HttpResponse.BodyHandlers.ofString());
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
