package mx.idse.request.adicional;

import static io.restassured.RestAssured.given;
import static mx.idse.request.support.Solicitudes.conclude;
import static mx.idse.request.support.Solicitudes.get;
import static mx.idse.request.support.Solicitudes.personaMoral;
import static mx.idse.request.support.Solicitudes.submitValid;
import static mx.idse.request.support.Solicitudes.uniqueUsuario;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.security.KeyPair;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import mx.idse.events.EventJson;
import mx.idse.events.Topics;
import mx.idse.events.payload.RequestConcluded;
import mx.idse.events.payload.RequestSubmitted;
import mx.idse.events.payload.TipoSolicitud;
import mx.idse.pki.pkcs12.Pkcs12Builder;
import mx.idse.pki.testing.IssuedCredential;
import mx.idse.pki.testing.TestPki;
import mx.idse.platform.credentials.TitularAutenticado;
import mx.idse.platform.testing.FakeCredentialCheck;
import mx.idse.platform.testing.FakeCredentialCheckResource;
import mx.idse.request.solicitud.SolicitudEntity;
import mx.idse.request.support.CertificateEvents;
import mx.idse.request.support.Solicitudes;
import mx.idse.testinfra.KafkaTopics;
import mx.idse.testinfra.Multipart;
import mx.idse.testinfra.OperadorTokens;

/** Additional certificates asked for with the principal's .pfx or a signed challenge. */
@QuarkusTest
@QuarkusTestResource(value = FakeCredentialCheckResource.class, restrictToAnnotatedClass = true, initArgs = @ResourceArg(
        name = "idse.requests.max-additionals-per-principal", value = "" + SolicitudAdicionalTest.MAX_ADDITIONALS))
class SolicitudAdicionalTest {

    /** Low, so the limit is reachable. */
    static final int MAX_ADDITIONALS = 2;

    private static final Clock CLOCK = Clock.systemUTC();
    private static final TestPki PKI = TestPki.create();
    private static final String PATH = "/api/v1/solicitudes/adicionales";
    private static final String PRINCIPAL_PASSWORD = "Principal2026x";

    /** An issued principal that request-service followed, and the .pfx the credential check accepts for it. */
    private record Principal(String folio, String serial, String usuario, String correo, byte[] pfx) {
    }

    @Test
    void thePrincipalsPfxGetsAnAdditionalConcludedAtOnceWithBothEvents() {
        Principal principal = issuedPrincipal("PRINCIPAL");
        String usuarioAdicional = uniqueUsuario();

        String folio = withPfx(principal, principal.usuario(), PRINCIPAL_PASSWORD, usuarioAdicional)
                .statusCode(201)
                .body("tipo", equalTo("ADICIONAL"))
                .body("estado", equalTo("CONCLUIDA"))
                .body("numeroSeriePrincipal", equalTo(principal.serial()))
                .body("llavePrivada", containsString("BEGIN ENCRYPTED PRIVATE KEY"))
                .extract().path("folio");

        get(folio).statusCode(200).body("tipo", equalTo("ADICIONAL")).body("estado", equalTo("CONCLUIDA"));
        RequestConcluded concluded = event(Topics.ISSUANCE, folio, RequestConcluded.class);
        assertEquals(TipoSolicitud.ADICIONAL, concluded.tipo());
        assertEquals(principal.serial(), concluded.principalSerial());
        assertEquals("NPIE0000123456", concluded.npie());
        assertEquals(principal.correo(), concluded.principalCorreo());
        assertEquals("Luis Pérez Gómez", concluded.representanteLegal().nombre(), "the additional holder is the subject's CN");
        assertEquals("Comisión Federal de Electricidad", concluded.patron().nombre());
        assertEquals(usuarioAdicional, concluded.usuario());
        RequestSubmitted submitted = event(Topics.REQUESTS, folio, RequestSubmitted.class);
        assertEquals(TipoSolicitud.ADICIONAL, submitted.tipo());
        assertEquals(principal.serial(), submitted.principalSerial());
        assertEquals(principal.correo(), submitted.principalCorreo());
    }

    @Test
    void aSignedChallengeWorksLikeThePfx() {
        Principal principal = issuedPrincipal("PRINCIPAL");

        given().contentType(ContentType.JSON).body(Map.of("numeroSerie", principal.serial(), "usuario", principal.usuario(),
                "contrasena", PRINCIPAL_PASSWORD, "firma", "firma-" + principal.serial(),
                "nombre", "Luis Pérez Gómez", "curp", "PEGL800101HDFRMS09", "correo", "luis@example.mx",
                "usuarioAdicional", uniqueUsuario(), "contrasenaAdicional", "Adicional2026x"))
                .post(PATH).then().statusCode(201).body("tipo", equalTo("ADICIONAL"));
    }

    @Test
    void aWrongPasswordIs401AndCreatesNothing() {
        Principal principal = issuedPrincipal("PRINCIPAL");
        String usuarioAdicional = uniqueUsuario();

        withPfx(principal, principal.usuario(), "Equivocada2026", usuarioAdicional)
                .statusCode(401).body("code", equalTo("CREDENCIALES_INVALIDAS"));
        withPfx(new Principal(principal.folio(), principal.serial(), principal.usuario(), principal.correo(),
                "no es un pfx".getBytes()), principal.usuario(), PRINCIPAL_PASSWORD, usuarioAdicional).statusCode(401);

        assertEquals(0, additionalsOf(principal.serial()));
        assertEquals(0, QuarkusTransaction.requiringNew().call(() -> SolicitudEntity.count("lower(usuario) = ?1",
                usuarioAdicional.toLowerCase())));
    }

    @Test
    void anAdditionalCertificateCannotAskForMore() {
        Principal additional = issuedPrincipal("ADICIONAL");

        withPfx(additional, additional.usuario(), PRINCIPAL_PASSWORD, uniqueUsuario())
                .statusCode(403).body("code", equalTo("SIN_PERMISO"));
        assertEquals(0, additionalsOf(additional.serial()));
    }

    @Test
    void beyondTheLimitPerPrincipalIs409() {
        Principal principal = issuedPrincipal("PRINCIPAL");
        for (int i = 0; i < MAX_ADDITIONALS; i++) {
            withPfx(principal, principal.usuario(), PRINCIPAL_PASSWORD, uniqueUsuario()).statusCode(201);
        }

        withPfx(principal, principal.usuario(), PRINCIPAL_PASSWORD, uniqueUsuario())
                .statusCode(409).body("code", equalTo("LIMITE_ADICIONALES"));
        assertEquals(MAX_ADDITIONALS, additionalsOf(principal.serial()));
    }

    @Test
    void badHolderFieldsAre400BeforeAnyCredentialCheck() {
        Principal principal = issuedPrincipal("PRINCIPAL");
        int calls = FakeCredentialCheck.running().calls();

        new Multipart().binary("certificado", principal.pfx()).text("usuario", principal.usuario())
                .text("contrasena", PRINCIPAL_PASSWORD).text("nombre", "Luis\u0000").text("curp", "PEGL800101HDFRMS08")
                .text("correo", "no-es-correo").text("usuarioAdicional", "corto").text("contrasenaAdicional", "corto")
                .post(PATH).statusCode(400).body("code", equalTo("DATOS_INVALIDOS"));
        assertEquals(calls, FakeCredentialCheck.running().calls());
    }

    private static ValidatableResponse withPfx(Principal principal, String usuario, String contrasena,
            String usuarioAdicional) {
        return new Multipart().binary("certificado", principal.pfx()).text("usuario", usuario)
                .text("contrasena", contrasena).text("nombre", "Luis Pérez Gómez").text("curp", "PEGL800101HDFRMS09")
                .text("correo", "luis@example.mx").text("usuarioAdicional", usuarioAdicional)
                .text("contrasenaAdicional", "Adicional2026x").post(PATH);
    }

    /** A principal request concluded and issued (its CertificateIssued followed), its real .pfx accepted by the credential check. */
    private static Principal issuedPrincipal(String tipoAsAuthenticated) {
        Map<String, Object> body = personaMoral();
        String folio = submitValid(body);
        conclude(folio, OperadorTokens.operador("ana.lopez")).statusCode(200);
        String serial = CertificateEvents.randomSerial();
        CertificateEvents.publish(CertificateEvents.issued(folio, serial, "NPIE0000123456",
                Instant.now().plus(730, ChronoUnit.DAYS), CLOCK));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> get(folio).body("estado", equalTo("ATENDIDA")));
        KeyPair keys = TestPki.ecP256();
        IssuedCredential credential = IssuedCredential.issue(PKI, keys);
        byte[] pfx = new Pkcs12Builder(2048).build(keys.getPrivate(), credential.certificate(), credential.chain(), serial,
                PRINCIPAL_PASSWORD.toCharArray());
        String usuario = (String) body.get("usuario");
        TitularAutenticado authenticated = new TitularAutenticado(serial, "NPIE-stub", Solicitudes.RFC_MORAL, tipoAsAuthenticated);
        FakeCredentialCheck credentialCheck = FakeCredentialCheck.running();
        credentialCheck.acceptPfx(pfx, usuario, PRINCIPAL_PASSWORD, authenticated);
        credentialCheck.acceptChallenge(serial, usuario, PRINCIPAL_PASSWORD, "firma-" + serial, authenticated);
        return new Principal(folio, serial, usuario, (String) body.get("correo"), pfx);
    }

    private static long additionalsOf(String principalSerial) {
        return QuarkusTransaction.requiringNew().call(() -> SolicitudEntity.count("principalSerie", principalSerial));
    }

    private static <T extends Record> T event(String topic, String folio, Class<T> type) {
        List<ConsumerRecord<String, String>> records = KafkaTopics.awaitRecords(topic,
                r -> folio.equals(r.key()) && r.value().contains(mx.idse.events.EventType.of(type).type()), 1,
                Duration.ofSeconds(30));
        assertEquals(1, records.size(), "one " + type.getSimpleName() + " for " + folio);
        T payload = EventJson.read(records.get(0).value()).dataAs(type);
        return payload;
    }
}
