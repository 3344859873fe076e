package mx.idse.certificate.authentication;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;
import mx.idse.certificate.signer.CertificateSigner;
import mx.idse.certificate.support.CredentialFiles;
import mx.idse.certificate.support.CertificadosDePrueba;
import mx.idse.certificate.support.CertificadosDePrueba.Titular;
import mx.idse.certificate.support.InternalCalls;
import mx.idse.platform.internal.ServiceTokens;
import mx.idse.testinfra.Multipart;
import mx.idse.platform.time.ClockProducer;

/** The credential check with a .pfx: who passes, and one identical 401 for every other cause. */
@QuarkusTest
class PfxAuthenticationTest {

    static final String PATH = "/api/v1/autenticaciones";

    @Inject
    CertificadosDePrueba issued;
    @Inject
    CertificateSigner signer;
    @Inject
    ClockProducer clocks;

    @AfterEach
    void backToRealTime() {
        clocks.movable().orElseThrow().reset();
    }

    @Test
    void theHolderWithPfxUsuarioAndContrasenaPasses() {
        Titular holder = issued.issue();

        authenticate(pfx(holder), holder.usuario().toUpperCase(), holder.contrasena()).statusCode(200)
                .body("numeroSerie", equalTo(holder.numeroSerie()))
                .body("npie", equalTo(holder.npie()))
                .body("rfc", equalTo("CNO0101015A1"))
                .body("tipo", equalTo("PRINCIPAL"));
    }

    @Test
    void onlyTheSystemsServicesMayCallItWithTheirServiceToken() {
        Titular holder = issued.issue();
        byte[] pfx = pfx(holder);

        for (String token : new String[] {null, "", "otro-token-que-no-es-el-del-servicio-0123"}) {
            Multipart call = new Multipart().binary("certificado", pfx).text("usuario", holder.usuario())
                    .text("contrasena", holder.contrasena());
            if (token != null) {
                call.header(ServiceTokens.HEADER, token);
            }
            call.post(PATH).statusCode(401).contentType("application/problem+json").body("code", equalTo("NO_AUTENTICADO"));
        }
        RestAssured.given().post(PATH + "/retos").then().statusCode(401).body("code", equalTo("NO_AUTENTICADO"));
        authenticate(pfx, holder.usuario(), holder.contrasena()).statusCode(200);
    }

    @Test
    void everyFailureCauseGetsTheSameBody() throws Exception {
        Map<String, Map<String, Object>> bodies = new LinkedHashMap<>();
        Titular a = issued.issue();
        bodies.put("wrong password", problem(authenticate(pfx(a), a.usuario(), "OtraClave2026")));
        Titular b = issued.issue();
        bodies.put("wrong usuario", problem(authenticate(pfx(b), "otroUsuario1", b.contrasena())));
        Titular c = issued.issue();
        bodies.put("certificate of another CA", problem(authenticate(CredentialFiles.forgedPfx(c), c.usuario(), c.contrasena())));
        Titular d = issued.issue();
        issued.cancel(d.numeroSerie());
        bodies.put("cancelled", problem(authenticate(pfx(d), d.usuario(), d.contrasena())));
        Titular e = issued.issue();
        bodies.put("corrupt PFX", problem(authenticate(new byte[] {0x30, 0x03, 0x02, 0x01, 0x03}, e.usuario(), e.contrasena())));
        Titular f = issued.issue();
        bodies.put("huge iteration count", problem(authenticate(CredentialFiles.withHugeMacIterations(pfx(f)), f.usuario(), f.contrasena())));
        Titular g = issued.issue(Duration.ofHours(1));
        clocks.movable().orElseThrow().advance(Duration.ofHours(2));
        bodies.put("expired", problem(authenticate(pfx(g), g.usuario(), g.contrasena())));

        Map<String, Object> first = bodies.get("wrong password");
        assertEquals("CREDENCIALES_INVALIDAS", first.get("code"));
        bodies.forEach((cause, body) -> assertEquals(first, body, cause));
    }

    @Test
    void failuresAreThrottledPerUsuario() {
        Titular holder = issued.issue();
        byte[] pfx = pfx(holder);
        for (int i = 0; i < 5; i++) {
            authenticate(pfx, holder.usuario(), "OtraClave2026").statusCode(401);
        }

        authenticate(pfx, holder.usuario(), holder.contrasena()).statusCode(429).body("code", equalTo("DEMASIADOS_INTENTOS"));
    }

    @Test
    void missingFieldsAre400AndOversizedUploads413() {
        InternalCalls.multipart().text("usuario", "usuario01").post(PATH).statusCode(400).body("code", equalTo("DATOS_INVALIDOS"));
        authenticate(new byte[70 * 1024], "usuario01", "Clave2026").statusCode(413).body("code", equalTo("CUERPO_DEMASIADO_GRANDE"));
    }

    private byte[] pfx(Titular holder) {
        return CredentialFiles.pfx(holder, signer.chain());
    }

    static ValidatableResponse authenticate(byte[] pfx, String usuario, String contrasena) {
        return InternalCalls.multipart().binary("certificado", pfx).text("usuario", usuario).text("contrasena", contrasena).post(PATH);
    }

    static Map<String, Object> problem(ValidatableResponse response) {
        return new HashMap<>(response.statusCode(401).contentType(equalTo("application/problem+json"))
                .extract().jsonPath().getMap(""));
    }
}
