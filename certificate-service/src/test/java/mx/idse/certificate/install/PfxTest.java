package mx.idse.certificate.install;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.HashMap;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import mx.idse.certificate.signer.CertificateSigner;
import mx.idse.certificate.support.CertificadosDePrueba;
import mx.idse.certificate.support.CertificadosDePrueba.Titular;
import mx.idse.certificate.support.CredentialFiles;
import mx.idse.pki.keys.KeyMatch;
import mx.idse.pki.testing.Openssl;
import mx.idse.testinfra.Multipart;

/** The holder's .key and contraseña make a .pfx that OpenSSL 3 opens; every wrong input gets the same 401. */
@QuarkusTest
class PfxTest {

    @Inject
    CertificadosDePrueba issued;
    @Inject
    CertificateSigner signer;

    @Test
    void buildsAPfxThatOpenSslOpensWithoutLegacyAndWhoseKeyMatches() throws Exception {
        Titular holder = issued.issue();

        byte[] pfx = new Multipart().plain("llave", CredentialFiles.ascii(holder.keyPem())).text("contrasena", holder.contrasena())
                .post("/api/v1/certificados/" + holder.numeroSerie() + "/pfx").statusCode(200)
                .contentType(equalTo("application/x-pkcs12"))
                .header("Content-Disposition", equalTo("attachment; filename=\"" + holder.numeroSerie() + ".pfx\""))
                .header("Cache-Control", equalTo("no-store"))
                .extract().asByteArray();

        Path file = Files.write(Files.createTempDirectory("pfx").resolve("cert.pfx"), pfx);
        Openssl.Result info = Openssl.run("pkcs12", "-in", file.toString(), "-info", "-noout", "-passin", "pass:" + holder.contrasena());
        assertTrue(info.ok(), info.output());
        assertTrue(info.output().contains("MAC: sha256"), info.output());
        assertTrue(info.output().contains("AES-256-CBC"), info.output());

        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(new ByteArrayInputStream(pfx), holder.contrasena().toCharArray());
        String alias = store.aliases().nextElement();
        assertEquals(holder.certificate(), store.getCertificate(alias));
        assertEquals(3, store.getCertificateChain(alias).length);
        assertEquals(signer.chain().get(0), (X509Certificate) store.getCertificateChain(alias)[1]);
        assertTrue(KeyMatch.matches((PrivateKey) store.getKey(alias, holder.contrasena().toCharArray()),
                holder.certificate().getPublicKey()));
    }

    @Test
    void wrongPasswordAnotherKeyAndUnknownSerialGetTheSame401() {
        Titular holder = issued.issue();
        Titular other = issued.issue();

        Map<String, Object> wrongPassword = problem(post(holder.numeroSerie(), CredentialFiles.ascii(holder.keyPem()), "OtraClave2026"));
        Map<String, Object> anotherKey = problem(post(holder.numeroSerie(), CredentialFiles.ascii(other.keyPem()), other.contrasena()));
        Map<String, Object> unknownSerial = problem(post("999999999999998", CredentialFiles.ascii(holder.keyPem()), holder.contrasena()));

        assertEquals("CREDENCIALES_INVALIDAS", wrongPassword.get("code"));
        assertEquals(401, wrongPassword.get("status"));
        assertEquals(wrongPassword, anotherKey);
        assertEquals(wrongPassword, unknownSerial);
    }

    @Test
    void theSixthWrongAttemptIsThrottledEvenWithTheRightPassword() {
        Titular holder = issued.issue();
        for (int i = 0; i < 5; i++) {
            post(holder.numeroSerie(), CredentialFiles.ascii(holder.keyPem()), "OtraClave2026").statusCode(401);
        }

        post(holder.numeroSerie(), CredentialFiles.ascii(holder.keyPem()), holder.contrasena()).statusCode(429)
                .body("code", equalTo("DEMASIADOS_INTENTOS"));
    }

    @Test
    void aKeyAskingForTooManyIterationsIsRefusedBeforeDecryption() throws Exception {
        Titular holder = issued.issue();
        String costly = CredentialFiles.withHugeKeyIterations(holder.keyPem());

        post(holder.numeroSerie(), CredentialFiles.ascii(costly), holder.contrasena()).statusCode(400)
                .body("code", equalTo("DATOS_INVALIDOS")).body("errores[0].campo", equalTo("llave"));
    }

    @Test
    void missingFieldsAreNamedAndOversizedUploadsAre413() {
        Titular holder = issued.issue();
        new Multipart().text("contrasena", "x").post("/api/v1/certificados/" + holder.numeroSerie() + "/pfx")
                .statusCode(400).body("errores[0].campo", equalTo("llave"));
        post(holder.numeroSerie(), new byte[70 * 1024], holder.contrasena()).statusCode(413)
                .contentType(equalTo("application/problem+json")).body("code", equalTo("CUERPO_DEMASIADO_GRANDE"));
    }

    @Test
    void aCancelledCertificateIsNotInstalled() {
        Titular holder = issued.issue();
        issued.cancel(holder.numeroSerie());

        post(holder.numeroSerie(), CredentialFiles.ascii(holder.keyPem()), holder.contrasena()).statusCode(409)
                .body("code", equalTo("ESTADO_NO_PERMITE_OPERACION"));
    }

    private static ValidatableResponse post(String serial, byte[] key, String password) {
        return new Multipart().binary("llave", key).text("contrasena", password).post("/api/v1/certificados/" + serial + "/pfx");
    }

    /** The problem without {@code instance}, which names the path. */
    static Map<String, Object> problem(ValidatableResponse response) {
        Map<String, Object> body = new HashMap<>(response.statusCode(401)
                .contentType(equalTo("application/problem+json")).extract().jsonPath().getMap(""));
        body.remove("instance");
        return body;
    }
}
