package mx.idse.certificate.authentication;

import static mx.idse.certificate.support.InternalCalls.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

import jakarta.inject.Inject;

import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import mx.idse.certificate.support.CertificadosDePrueba;
import mx.idse.certificate.support.CertificadosDePrueba.Titular;
import mx.idse.pki.testing.Openssl;
import mx.idse.platform.time.ClockProducer;

/** The credential check with the key on the client: an openssl-signed challenge, used once, within 2 minutes. */
@QuarkusTest
class ChallengeAuthenticationTest {

    @Inject
    CertificadosDePrueba issued;
    @Inject
    ClockProducer clocks;

    @AfterEach
    void backToRealTime() {
        clocks.movable().orElseThrow().reset();
    }

    @Test
    void anOpenSslSignedChallengeIsAcceptedOnceAndItsReplayIs401() throws Exception {
        Titular holder = issued.issue();
        byte[] challenge = newChallenge();
        String firma = opensslSign(holder, challenge);

        login(holder, holder.usuario(), firma).statusCode(200)
                .body("numeroSerie", equalTo(holder.numeroSerie()))
                .body("npie", equalTo(holder.npie()));

        Map<String, Object> replay = PfxAuthenticationTest.problem(login(holder, holder.usuario(), firma));
        assertEquals("CREDENCIALES_INVALIDAS", replay.get("code"));
    }

    @Test
    void expiredChallengeWrongContentAndWrongPasswordGetTheSame401() throws Exception {
        Titular holder = issued.issue();
        Map<String, Object> wrongContent = PfxAuthenticationTest.problem(
                login(holder, holder.usuario(), opensslSign(holder, randomBytes())));
        Map<String, Object> wrongPassword = PfxAuthenticationTest.problem(
                login(holder.numeroSerie(), holder.usuario(), "OtraClave2026", opensslSign(holder, newChallenge())));
        String late = opensslSign(holder, newChallenge());
        clocks.movable().orElseThrow().advance(Duration.ofMinutes(3));
        Map<String, Object> expired = PfxAuthenticationTest.problem(login(holder, holder.usuario(), late));

        assertEquals(wrongPassword, wrongContent);
        assertEquals(wrongPassword, expired);
        // the same body as the PFX mode's failures, instance aside
        assertEquals("/api/v1/autenticaciones", wrongPassword.get("instance"));
    }

    @Test
    void aChallengeSignedForAnotherSerialIs401() throws Exception {
        Titular holder = issued.issue();
        Titular other = issued.issue();

        PfxAuthenticationTest.problem(login(other.numeroSerie(), holder.usuario(), holder.contrasena(),
                opensslSign(holder, newChallenge())));
    }

    @Test
    void challengesAreRandomAndExpireInTwoMinutes() {
        String first = given().post("/api/v1/autenticaciones/retos").then().statusCode(200)
                .body("expira", org.hamcrest.Matchers.endsWith("-06:00")).extract().path("reto");
        String second = given().post("/api/v1/autenticaciones/retos").then().extract().path("reto");
        assertEquals(32, Base64.getDecoder().decode(first).length);
        assertTrue(!first.equals(second));
    }

    @Test
    void aSignatureThatIsNotBase64Is400() {
        given().contentType(ContentType.JSON)
                .body(Map.of("numeroSerie", "123456789012345", "usuario", "usuario01", "contrasena", "Clave2026", "firma", "%%%"))
                .post("/api/v1/autenticaciones").then().statusCode(400).body("errores[0].campo", equalTo("firma"));
    }

    private static byte[] newChallenge() {
        String reto = given().post("/api/v1/autenticaciones/retos").then().statusCode(200).extract().path("reto");
        return Base64.getDecoder().decode(reto);
    }

    private static ValidatableResponse login(Titular holder, String usuario, String firma) {
        return login(holder.numeroSerie(), usuario, holder.contrasena(), firma);
    }

    private static ValidatableResponse login(String numeroSerie, String usuario, String contrasena, String firma) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("numeroSerie", numeroSerie, "usuario", usuario, "contrasena", contrasena, "firma", firma))
                .post("/api/v1/autenticaciones").then().log().ifValidationFails();
    }

    /** {@code openssl cms -sign -binary -nodetach -md sha256}, as the client's own tools do. */
    private static String opensslSign(Titular holder, byte[] challenge) throws Exception {
        Path directory = Files.createTempDirectory("reto");
        Path reto = Files.write(directory.resolve("reto.bin"), challenge);
        Path cert = Files.writeString(directory.resolve("cert.pem"), pem(holder.certificate()));
        Path key = Files.writeString(directory.resolve("key.pem"), pem(new JcaPKCS8Generator(holder.privateKey(), null).generate()));
        Path firma = directory.resolve("firma.der");
        Openssl.Result signed = Openssl.run("cms", "-sign", "-binary", "-in", reto.toString(), "-signer", cert.toString(),
                "-inkey", key.toString(), "-outform", "DER", "-md", "sha256", "-nodetach", "-out", firma.toString());
        assertTrue(signed.ok(), signed.output());
        return Base64.getEncoder().encodeToString(Files.readAllBytes(firma));
    }

    private static String pem(Object object) throws Exception {
        StringWriter out = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(out)) {
            writer.writeObject(object);
        }
        return out.toString();
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }
}
