package mx.idse.systemtests;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * A patrón going through the IMSS procedure over HTTP only, as a frontend would: its usuario,
 * password and email are fresh per story so stories never see each other's data.
 */
final class Applicant {

    static final String PASSWORD = "Secreto2026x";
    private static final Duration ISSUANCE_TIMEOUT = Duration.ofSeconds(90);

    final String usuario;
    final String correo;
    String folio;
    /** The encrypted PKCS#8 .key returned once at intake (no CSR was sent). */
    String llavePrivada;
    String numeroSerie;
    String npie;

    Applicant(String prefix) {
        this.usuario = prefix + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        this.correo = usuario + "@example.mx";
    }

    /** Submits the principal request (the README tour's persona moral) and keeps folio and key. */
    Applicant submit() {
        JsonPath answer = given().contentType(ContentType.JSON).body(requestBody())
                .post(requestService("/api/v1/solicitudes"))
                .then().statusCode(201).extract().jsonPath();
        folio = answer.getString("folio");
        llavePrivada = answer.getString("llavePrivada");
        return this;
    }

    /** The operator checks the documents in person and concludes the request. */
    Applicant concludedByOperator() {
        given().auth().oauth2(SystemUnderTest.get().operatorToken()).contentType(ContentType.JSON)
                .body("{\"documentosVerificados\":[\"IDENTIFICACION_OFICIAL\",\"TARJETA_IDENTIFICACION_PATRONAL\","
                        + "\"CARTA_TERMINOS_CONDICIONES\",\"PODER_NOTARIAL\"]}")
                .post(requestService("/api/v1/solicitudes/" + folio + "/conclusion"))
                .then().statusCode(200);
        return this;
    }

    /** Waits until the request shows its certificate, and keeps serial and NPIE. */
    Applicant awaitCertificate() {
        await().atMost(ISSUANCE_TIMEOUT).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                given().get(requestService("/api/v1/solicitudes/" + folio)).then().statusCode(200)
                        .body("estado", equalTo("ATENDIDA")));
        JsonPath request = given().get(requestService("/api/v1/solicitudes/" + folio)).then().extract().jsonPath();
        numeroSerie = request.getString("numeroSerie");
        npie = request.getString("npie");
        return this;
    }

    /** The .pfx certificate-service builds from the .key kept at intake and the password. */
    byte[] pfx() {
        return given().multiPart("llave", llavePrivada).multiPart("contrasena", PASSWORD)
                .post(certificateService("/api/v1/certificados/" + numeroSerie + "/pfx"))
                .then().statusCode(200).extract().asByteArray();
    }

    String requestBody() {
        return """
                {"patron": {"tipoPersona": "MORAL", "rfc": "CFE370814QI0",
                            "nombre": "Comisión Federal de Electricidad", "registroPatronal": "Y54-12345-10-8"},
                 "representanteLegal": {"nombre": "Beatriz Sánchez Cruz", "curp": "SABC560626MDFLRN01"},
                 "domicilioFiscal": {"calle": "Paseo de la Reforma", "numeroExterior": "164", "colonia": "Juárez",
                                     "codigoPostal": "06600", "municipio": "Cuauhtémoc",
                                     "entidadFederativa": "Ciudad de México"},
                 "correo": "%s", "usuario": "%s", "contrasena": "%s"}
                """.formatted(correo, usuario, PASSWORD);
    }

    /** An additional certificate for staff, asked with this principal's .pfx and account. */
    Applicant additional(String prefix, byte[] principalPfx) {
        return tryAdditional(prefix, principalPfx).orElseThrow(() -> new AssertionError("the additional request was refused"));
    }

    /** The same request, when it may be refused (e.g. its principal is being cancelled): empty then. */
    Optional<Applicant> tryAdditional(String prefix, byte[] principalPfx) {
        Applicant staff = new Applicant(prefix);
        Response response = given().multiPart("certificado", "principal.pfx", principalPfx, "application/octet-stream")
                .multiPart("usuario", usuario).multiPart("contrasena", PASSWORD)
                .multiPart("nombre", "Juan Pérez López").multiPart("curp", "PELJ800101HDFRPN01")
                .multiPart("correo", staff.correo).multiPart("usuarioAdicional", staff.usuario)
                .multiPart("contrasenaAdicional", PASSWORD)
                .post(requestService("/api/v1/solicitudes/adicionales"));
        if (response.statusCode() != 201) {
            return Optional.empty();
        }
        staff.folio = response.jsonPath().getString("folio");
        staff.llavePrivada = response.jsonPath().getString("llavePrivada");
        return Optional.of(staff);
    }

    /** The request's state once it is final for issuance: ATENDIDA (with serial and NPIE kept) or FALLIDA. */
    String awaitOutcome() {
        await().atMost(ISSUANCE_TIMEOUT).pollInterval(Duration.ofMillis(500)).until(() ->
                Set.of("ATENDIDA", "FALLIDA").contains(given().get(requestService("/api/v1/solicitudes/" + folio))
                        .then().extract().jsonPath().getString("estado")));
        JsonPath request = given().get(requestService("/api/v1/solicitudes/" + folio)).then().extract().jsonPath();
        numeroSerie = request.getString("numeroSerie");
        npie = request.getString("npie");
        return request.getString("estado");
    }

    static String requestService(String path) {
        return SystemUnderTest.get().uri("request-service").resolve(path).toString();
    }

    static String certificateService(String path) {
        return SystemUnderTest.get().uri("certificate-service").resolve(path).toString();
    }

    static String cancellationService(String path) {
        return SystemUnderTest.get().uri("cancellation-service").resolve(path).toString();
    }

    static String notificationService(String path) {
        return SystemUnderTest.get().uri("notification-service").resolve(path).toString();
    }
}
