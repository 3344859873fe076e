package mx.idse.certificate.install;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import mx.idse.certificate.certificado.CertificadoEntity;
import mx.idse.certificate.certificado.EstadoCertificado;
import mx.idse.certificate.signer.CertificateSigner;
import mx.idse.certificate.support.CancelledEvents;
import mx.idse.certificate.support.CertificadosDePrueba;
import mx.idse.certificate.support.CertificadosDePrueba.Titular;
import mx.idse.pki.testing.Openssl;

/** Recovery by NPIE, a certificate by serial (JSON, DER, PEM) and the legacy install link. */
@QuarkusTest
class RecoveryAndInstallTest {

    @Inject
    CertificadosDePrueba issued;
    @Inject
    CertificateSigner signer;

    @Test
    void recoverySearchListsSerialsOfTheNpieWithoutPersonalData() {
        Titular holder = issued.issue();

        given().queryParam("npie", holder.npie()).get("/api/v1/certificados").then().statusCode(200)
                .body("", hasSize(1))
                .body("[0].numeroSerie", equalTo(holder.numeroSerie()))
                .body("[0].tipo", equalTo("PRINCIPAL"))
                .body("[0].estado", equalTo("ACTIVO"))
                .body("[0].vencido", equalTo(false))
                .body("[0].validoHasta", endsWith("-06:00"))
                .body("[0]", not(hasKey("titular")))
                .body("[0]", not(hasKey("rfc")))
                .body("[0]", not(hasKey("usuario")));
    }

    @Test
    void unknownOrMalformedNpieFindsNothingAndAMissingOneIsA400() {
        given().queryParam("npie", "NPIE000000000000000").get("/api/v1/certificados").then().statusCode(200).body("", hasSize(0));
        given().queryParam("npie", "x".repeat(200)).get("/api/v1/certificados").then().statusCode(200).body("", hasSize(0));
        given().get("/api/v1/certificados").then().statusCode(400)
                .body("code", equalTo("DATOS_INVALIDOS")).body("errores[0].campo", equalTo("npie"));
    }

    @Test
    void aControlCharacterInAQueryOrPathIsA400ProblemNeverA500() {
        for (String npie : List.of("\u0000", "NP\u00001234", "NP1234\n")) {
            given().queryParam("npie", npie).get("/api/v1/certificados").then().statusCode(400)
                    .contentType(equalTo("application/problem+json")).body("code", equalTo("PETICION_INVALIDA"));
        }
        given().queryParam("SERIAL_NOM", "\u0000").get("/certificacion/instalaRenovacion.idse").then().statusCode(400)
                .body("code", equalTo("PETICION_INVALIDA"));
        given().urlEncodingEnabled(false).get("/api/v1/certificados/1000%0000000000").then().statusCode(400)
                .body("code", equalTo("PETICION_INVALIDA"));
    }

    @Test
    void metadataIsJsonWithTheSerialAsAStringAndNoCurpOrUsuario() {
        Titular holder = issued.issue();

        given().get("/api/v1/certificados/" + holder.numeroSerie()).then().statusCode(200)
                .contentType(equalTo("application/json"))
                .body("numeroSerie", equalTo(holder.numeroSerie()))
                .body("npie", equalTo(holder.npie()))
                .body("tipo", equalTo("PRINCIPAL"))
                .body("estado", equalTo("ACTIVO"))
                .body("titular", equalTo("María Pérez Núñez"))
                .body("rfc", equalTo("CNO0101015A1"))
                .body("$", not(hasKey("curp")))
                .body("$", not(hasKey("usuario")))
                .body("$", not(hasKey("correo")));
    }

    @Test
    void certificateComesAsDerOrPemByAccept() throws Exception {
        Titular holder = issued.issue();
        String path = "/api/v1/certificados/" + holder.numeroSerie();

        byte[] der = given().accept("application/pkix-cert").get(path).then().statusCode(200)
                .contentType(equalTo("application/pkix-cert")).extract().asByteArray();
        String pem = given().accept("application/x-pem-file").get(path).then().statusCode(200)
                .contentType(equalTo("application/x-pem-file")).extract().asString();

        assertEquals(holder.certificate(), parse(der).get(0));
        assertEquals(holder.certificate(), parse(pem.getBytes(StandardCharsets.US_ASCII)).get(0));
    }

    @Test
    void unknownAndMalformedSerialsAre404Problems() {
        for (String serial : List.of("999999999999999", "12345", "0123456789012345", "abcdefghijklmno")) {
            given().get("/api/v1/certificados/" + serial).then().statusCode(404)
                    .contentType(equalTo("application/problem+json")).body("code", equalTo("NO_ENCONTRADO"));
        }
        given().queryParam("SERIAL_NOM", "999999999999999").get("/certificacion/instalaRenovacion.idse").then()
                .statusCode(404).body("code", equalTo("NO_ENCONTRADO"));
    }

    @Test
    void legacyInstallLinkAnswersAPkcs7WithCertificateAndChainThatOpenSslReads() throws Exception {
        Titular holder = issued.issue();

        byte[] p7b = given().queryParam("SERIAL_NOM", holder.numeroSerie()).get("/certificacion/instalaRenovacion.idse")
                .then().statusCode(200)
                .contentType(equalTo("application/x-pkcs7-certificates"))
                .header("Content-Disposition", equalTo("attachment; filename=\"" + holder.numeroSerie() + ".p7b\""))
                .extract().asByteArray();

        Path file = Files.write(Files.createTempDirectory("install").resolve("cert.p7b"), p7b);
        Openssl.Result printed = Openssl.run("pkcs7", "-inform", "DER", "-in", file.toString(), "-print_certs", "-noout");
        assertTrue(printed.ok(), printed.output());
        assertTrue(printed.output().contains("Mar"), printed.output());
        assertEquals(3, printed.output().split("subject=").length - 1, printed.output());
    }

    @Test
    void legacyInstallLinkRefusesACancelledCertificateSayingSo() {
        Titular holder = issued.issue();
        CancelledEvents.publish(CancelledEvents.cancelled(holder.numeroSerie(), "PERDIDA_O_ROBO",
                Instant.parse("2026-11-30T18:00:00Z")));
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew().call(() ->
                CertificadoEntity.<CertificadoEntity>findById(holder.numeroSerie()).estado == EstadoCertificado.CANCELADO));

        for (String accept : List.of("*/*", "application/x-pem-file")) {
            given().accept(accept).queryParam("SERIAL_NOM", holder.numeroSerie()).get("/certificacion/instalaRenovacion.idse")
                    .then().statusCode(410).contentType(equalTo("application/problem+json"))
                    .body("code", equalTo("CERTIFICADO_NO_VIGENTE"))
                    .body("detail", containsString("fue cancelado el 2026-11-30T12:00:00-06:00"));
        }
    }

    @Test
    void legacyInstallLinkAnswersAPemBundleThatOpenSslVerifies() throws Exception {
        Titular holder = issued.issue();

        String bundle = given().accept("application/x-pem-file").queryParam("SERIAL_NOM", holder.numeroSerie())
                .get("/certificacion/instalaRenovacion.idse").then().statusCode(200)
                .header("Content-Disposition", equalTo("attachment; filename=\"" + holder.numeroSerie() + ".pem\""))
                .extract().asString();

        List<X509Certificate> certificates = parse(bundle.getBytes(StandardCharsets.US_ASCII));
        assertEquals(List.of(holder.certificate(), signer.chain().get(0), signer.chain().get(1)), certificates);
        Path directory = Files.createTempDirectory("install");
        String[] blocks = bundle.split("(?<=-----END CERTIFICATE-----\\R)");
        Path cert = Files.writeString(directory.resolve("cert.pem"), blocks[0]);
        Path issuing = Files.writeString(directory.resolve("issuing.pem"), blocks[1]);
        Path root = Files.writeString(directory.resolve("root.pem"), blocks[2]);
        Openssl.Result verify = Openssl.run("verify", "-CAfile", root.toString(), "-untrusted", issuing.toString(), cert.toString());
        assertTrue(verify.ok(), verify.output());
    }

    static List<X509Certificate> parse(byte[] encoded) throws Exception {
        return CertificateFactory.getInstance("X.509").generateCertificates(new ByteArrayInputStream(encoded)).stream()
                .map(X509Certificate.class::cast).toList();
    }
}
