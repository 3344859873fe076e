package mx.idse.certificate.crl;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.bouncycastle.asn1.x509.CRLNumber;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.cert.X509CRLEntryHolder;
import org.bouncycastle.cert.X509CRLHolder;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import mx.idse.certificate.certificado.CertificadoEntity;
import mx.idse.certificate.certificado.EstadoCertificado;
import mx.idse.certificate.revocation.CertificateRevoked;
import mx.idse.certificate.signer.CertificateSigner;
import mx.idse.certificate.support.CertificadosDePrueba;
import mx.idse.certificate.support.CertificadosDePrueba.Titular;
import mx.idse.events.payload.MotivoCancelacion;
import mx.idse.pki.keys.BcProvider;
import mx.idse.pki.testing.Openssl;

/**
 * GET /crl against a database of its own (a fresh one per test profile), so the first CRL is
 * empty: cancellations committed with a CertificateRevoked event appear in it with their reasons,
 * and openssl verifies it against the chain the service publishes.
 */
@QuarkusTest
@TestProfile(CrlTest.OwnDatabase.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CrlTest {

    /** Only a new profile, hence a new database; the defaults stay. */
    public static class OwnDatabase implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("idse.crl.refresh-interval", "PT1S");
        }
    }

    @Inject
    CertificadosDePrueba issued;
    @Inject
    CertificateSigner signer;
    @Inject
    Event<CertificateRevoked> revoked;
    @Inject
    CrlRegenerator regenerator;

    @Test
    @Order(1)
    void theFirstCrlIsEmptySignedAndValidForADay() throws Exception {
        X509CRLHolder crl = verified(getCrl().asByteArray());

        assertTrue(crl.getRevokedCertificates().isEmpty());
        assertEquals(Duration.ofHours(24), Duration.between(crl.getThisUpdate().toInstant(), crl.getNextUpdate().toInstant()));
        assertEquals(signer.issuingCertificate().getSubjectX500Principal().getName(),
                new javax.security.auth.x500.X500Principal(crl.getIssuer().getEncoded()).getName());
    }

    @Test
    @Order(2)
    void cancelledCertificatesAreListedWithTheirReasonsAndOpenSslVerifiesTheCrl() throws Exception {
        long before = number(verified(getCrl().asByteArray()));
        Titular stolen = issued.issue();
        Titular asked = issued.issue();
        Titular active = issued.issue();

        cancel(Map.of(stolen.numeroSerie(), MotivoCancelacion.PERDIDA_O_ROBO, asked.numeroSerie(),
                MotivoCancelacion.SOLICITUD_DEL_TITULAR));

        byte[] der = await().atMost(Duration.ofSeconds(30)).until(() -> getCrl().asByteArray(),
                bytes -> verified(bytes).getRevokedCertificate(serial(asked)) != null);
        X509CRLHolder crl = verified(der);
        assertTrue(number(crl) > before);
        assertTrue(crl.getNextUpdate().after(crl.getThisUpdate()));
        X509CRLEntryHolder keyCompromise = crl.getRevokedCertificate(serial(stolen));
        assertEquals(CRLReason.lookup(CRLReason.keyCompromise),
                CRLReason.getInstance(keyCompromise.getExtension(Extension.reasonCode).getParsedValue()));
        assertFalse(crl.getRevokedCertificate(serial(asked)).hasExtensions(), "unspecified has no reasonCode");
        assertNull(crl.getRevokedCertificate(serial(active)));

        Openssl.assumePresent();
        Path work = Openssl.workDirectory("crl-service");
        try {
            Path crlFile = Files.write(work.resolve("crl.der"), der);
            Path chain = Files.writeString(work.resolve("chain.pem"),
                    given().get("/api/v1/ca/certificados").then().statusCode(200).extract().asString());
            String text = Openssl.ok("crl", "-inform", "DER", "-in", crlFile.toString(), "-CAfile", chain.toString(),
                    "-noout", "-text");
            assertTrue(text.contains("verify OK"), text);
            assertTrue(text.contains("Key Compromise"), text);
        } finally {
            Openssl.delete(work);
        }
    }

    @Test
    @Order(3)
    void aCascadeOfFiftyCancellationsBuildsFarFewerCrlsThanCancellations() {
        long before = number(verified(getCrl().asByteArray()));
        Map<String, MotivoCancelacion> cascade = new java.util.HashMap<>();
        for (int i = 0; i < 50; i++) {
            cascade.put(issued.issue().numeroSerie(), MotivoCancelacion.PRINCIPAL_CANCELADO);
        }
        String last = cascade.keySet().iterator().next();

        cancel(cascade);

        X509CRLHolder crl = await().atMost(Duration.ofSeconds(30)).until(() -> verified(getCrl().asByteArray()),
                c -> cascade.keySet().stream().allMatch(s -> c.getRevokedCertificate(new BigInteger(s)) != null));
        // Coalesced: one build per burst (a few when a loaded machine spreads the burst), not 50.
        assertTrue(number(crl) - before <= 10, "CRL numbers " + before + " -> " + number(crl));
        assertEquals(CRLReason.lookup(CRLReason.cessationOfOperation), CRLReason.getInstance(
                crl.getRevokedCertificate(new BigInteger(last)).getExtension(Extension.reasonCode).getParsedValue()));
    }

    @Test
    @Order(4)
    void aNewCrlIsBuiltAnHourBeforeNextUpdateWithoutCancellations() {
        long before = number(verified(getCrl().asByteArray()));
        given().contentType(ContentType.JSON).body(Map.of("adelantar", "PT23H")).post("/dev/reloj").then().statusCode(200);
        try {
            regenerator.checkSchedule();

            long after = await().atMost(Duration.ofSeconds(30)).until(() -> number(verified(getCrl().asByteArray())),
                    n -> n > before);
            assertTrue(after > before);
        } finally {
            given().delete("/dev/reloj").then().statusCode(200);
        }
    }

    @Test
    @Order(5)
    void pemIsTheSameCrlAndResponsesSayHowLongToCacheIt() {
        ExtractableResponse<Response> der = getCrl();
        String pem = given().get("/crl.pem").then().statusCode(200).contentType(startsWith("application/x-pem-file"))
                .extract().asString();

        assertTrue(pem.startsWith("-----BEGIN X509 CRL-----\n"), pem);
        String body = pem.replace("-----BEGIN X509 CRL-----", "").replace("-----END X509 CRL-----", "").replaceAll("\\s", "");
        assertEquals(number(verified(der.asByteArray())), number(verified(java.util.Base64.getDecoder().decode(body))));
        assertEquals(String.valueOf(der.asByteArray().length), der.header("Content-Length"));
        assertTrue(der.header("Cache-Control").matches("public, max-age=\\d+"), der.header("Cache-Control"));
        assertTrue(der.header("ETag").startsWith("\"crl-"), der.header("ETag"));
    }

    private static ExtractableResponse<Response> getCrl() {
        return given().get("/crl").then().statusCode(200).contentType(equalTo("application/pkix-crl")).extract();
    }

    /** Marks the certificates CANCELADO and fires CertificateRevoked in one transaction, as the consumer does. */
    private void cancel(Map<String, MotivoCancelacion> motivos) {
        QuarkusTransaction.requiringNew().run(() -> motivos.forEach((serial, motivo) -> {
            CertificadoEntity certificate = CertificadoEntity.findById(serial);
            certificate.estado = EstadoCertificado.CANCELADO;
            certificate.cancelledAt = java.time.Instant.now();
            certificate.motivo = motivo.name();
            revoked.fire(new CertificateRevoked(serial, certificate.cancelledAt));
        }));
    }

    private X509CRLHolder verified(byte[] der) {
        try {
            X509CRLHolder crl = new X509CRLHolder(der);
            assertTrue(crl.isSignatureValid(new JcaContentVerifierProviderBuilder().setProvider(BcProvider.INSTANCE)
                    .build(signer.issuingCertificate().getPublicKey())));
            return crl;
        } catch (Exception e) {
            throw new AssertionError("not a CRL signed by the issuing CA", e);
        }
    }

    private static long number(X509CRLHolder crl) {
        return CRLNumber.getInstance(crl.getExtension(Extension.cRLNumber).getParsedValue()).getCRLNumber().longValueExact();
    }

    private static BigInteger serial(Titular holder) {
        return new BigInteger(holder.numeroSerie());
    }
}
