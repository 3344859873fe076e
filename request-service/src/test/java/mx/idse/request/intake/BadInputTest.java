package mx.idse.request.intake;

import static io.restassured.RestAssured.given;
import static mx.idse.request.support.Requests.personaFisica;
import static mx.idse.request.support.Requests.personaMoral;
import static mx.idse.request.support.Requests.set;
import static mx.idse.request.support.Requests.submit;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import mx.idse.request.solicitud.SolicitudEntity;
import mx.idse.request.support.Csrs;

/** Every kind of bad input gets a 400 problem naming the field, and writes nothing. */
@QuarkusTest
class BadInputTest {

    static Stream<Arguments> badFields() {
        return Stream.of(
                bad("rfc with wrong check digit", b -> set(b, "patron.rfc", "CFE370814QI1"), "patron.rfc"),
                bad("generic rfc", b -> set(b, "patron.rfc", "XAXX010101000"), "patron.rfc"),
                bad("rfc of a persona fisica for a moral", b -> set(b, "patron.rfc", "XIII860122DT8"), "patron.rfc"),
                bad("rfc with impossible date", b -> set(b, "patron.rfc", "CFE371314QI0"), "patron.rfc"),
                bad("unknown tipoPersona", b -> set(b, "patron.tipoPersona", "EMPRESA"), "patron.tipoPersona"),
                bad("missing nombre", b -> set(b, "patron.nombre", "  "), "patron.nombre"),
                bad("registro patronal too short", b -> set(b, "patron.registroPatronal", "Y54-12345-10"),
                        "patron.registroPatronal"),
                bad("registro patronal with letters in the number", b -> set(b, "patron.registroPatronal", "Y5412A45108"),
                        "patron.registroPatronal"),
                bad("curp with wrong check digit", b -> set(b, "representanteLegal.curp", "SABC560626MDFLRN02"),
                        "representanteLegal.curp"),
                bad("curp too short", b -> set(b, "representanteLegal.curp", "SABC560626"), "representanteLegal.curp"),
                bad("moral without representative", b -> set(b, "representanteLegal", null), "representanteLegal"),
                bad("codigo postal of four digits", b -> set(b, "domicilioFiscal.codigoPostal", "6600"),
                        "domicilioFiscal.codigoPostal"),
                bad("codigo postal with letters", b -> set(b, "domicilioFiscal.codigoPostal", "06A00"),
                        "domicilioFiscal.codigoPostal"),
                bad("unknown entidad", b -> set(b, "domicilioFiscal.entidadFederativa", "Texas"),
                        "domicilioFiscal.entidadFederativa"),
                bad("entidad key out of range", b -> set(b, "domicilioFiscal.entidadFederativa", "33"),
                        "domicilioFiscal.entidadFederativa"),
                bad("missing calle", b -> set(b, "domicilioFiscal.calle", null), "domicilioFiscal.calle"),
                bad("missing domicilio", b -> set(b, "domicilioFiscal", null), "domicilioFiscal"),
                bad("email without domain", b -> set(b, "correo", "patron@"), "correo"),
                bad("missing email", b -> set(b, "correo", null), "correo"),
                bad("usuario too short", b -> set(b, "usuario", "abc12"), "usuario"),
                bad("usuario with symbols", b -> set(b, "usuario", "usuario_01"), "usuario"),
                bad("password too long", b -> set(b, "contrasena", "a".repeat(21)), "contrasena"),
                bad("password with spaces", b -> set(b, "contrasena", "clave secreta1"), "contrasena"),
                bad("password equal to usuario", b -> set(b, "contrasena", b.get("usuario")), "contrasena"),
                bad("csr that is not PEM", b -> set(b, "csr", "hola"), "csr"),
                bad("csr signed by another key", b -> set(b, "csr", Csrs.withForeignSignature()), "csr"),
                bad("csr with an RSA-1024 key", b -> set(b, "csr", Csrs.rsa(1024)), "csr"),
                bad("csr with a known-compromised key", b -> set(b, "csr", Csrs.withKnownCompromisedKey()), "csr"),
                bad("csr with an RSA-4608 key", b -> set(b, "csr", Csrs.rsa(4608)), "csr"),
                bad("name with control characters", b -> set(b, "patron.nombre", "ACME\u0000SA"), "patron.nombre"));
    }

    private static Arguments bad(String name, UnaryOperator<Map<String, Object>> mutation, String field) {
        return Arguments.of(name, mutation, field);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFields")
    void refusesABadFieldByNameAndWritesNothing(String name, UnaryOperator<Map<String, Object>> mutation,
            String field) {
        Map<String, Object> body = mutation.apply(personaMoral());

        submit(body).statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("DATOS_INVALIDOS"))
                .body("status", equalTo(400))
                .body("detail", not(emptyOrNullString()))
                .body("errores.campo", hasItem(field))
                .body("errores.mensaje", not(hasItem(emptyOrNullString())));

        assertNothingStoredFor(body.get("usuario"));
    }

    @Test
    void aPersonaFisicaWithoutRepresentativeMustGiveItsOwnCurp() {
        Map<String, Object> body = set(personaFisica(), "patron.curp", null);

        submit(body).statusCode(400).body("errores.campo", hasItem("patron.curp"));
        submit(set(body, "patron.curp", "UHQB840811HDFWXY03")).statusCode(400).body("errores.campo", hasItem("patron.curp"));
        assertNothingStoredFor(body.get("usuario"));
    }

    @Test
    void namesAKnownCompromisedKeyAsTheReason() {
        submit(set(personaMoral(), "csr", Csrs.withKnownCompromisedKey())).statusCode(400)
                .body("errores.mensaje", hasItem(containsString("comprometidas")));
    }

    @Test
    void listsEveryBadFieldAtOnce() {
        Map<String, Object> body = personaMoral();
        set(body, "patron.rfc", "CFE370814QI1");
        set(body, "representanteLegal.curp", "SABC560626MDFLRN02");
        set(body, "domicilioFiscal.codigoPostal", "123");
        set(body, "correo", "no-es-correo");
        set(body, "contrasena", "x");

        submit(body).statusCode(400)
                .body("errores.campo", hasItems("patron.rfc", "representanteLegal.curp",
                        "domicilioFiscal.codigoPostal", "correo", "contrasena"));
        assertNothingStoredFor(body.get("usuario"));
    }

    @Test
    void acceptsTheRegistroPatronalWithOrWithoutDashesAndTheEntidadByKey() {
        Map<String, Object> body = personaFisica();
        set(body, "patron.registroPatronal", "y5412345108");
        set(body, "domicilioFiscal.entidadFederativa", "09");

        submit(body).statusCode(201);
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
    void anEmptyBodyIsA400Problem() {
        given().contentType(ContentType.JSON).post("/api/v1/solicitudes")
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
        given().header("Idempotency-Key", "x".repeat(201)).contentType(ContentType.JSON).body(personaMoral())
                .post("/api/v1/solicitudes").then().statusCode(400)
                .body("code", equalTo("IDEMPOTENCY_KEY_INVALIDA"));
    }

    private static void assertNothingStoredFor(Object usuario) {
        long rows = QuarkusTransaction.requiringNew().call(() -> SolicitudEntity.count("usuario", usuario));
        assertEquals(0, rows, "nothing written for a refused request");
    }
}
