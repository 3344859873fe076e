package mx.idse.certificate.revocation;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.URL;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jakarta.inject.Inject;

import mx.idse.testinfra.ManagementPort;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPReq;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.cert.ocsp.UnknownStatus;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import mx.idse.certificate.certificado.CertificadoEntity;
import mx.idse.certificate.certificado.EstadoCertificado;
import mx.idse.certificate.signer.CertificateSigner;
import mx.idse.certificate.support.CancelledEvents;
import mx.idse.certificate.support.CredentialFiles;
import mx.idse.certificate.support.CertificadosDePrueba;
import mx.idse.certificate.support.CertificadosDePrueba.Titular;
import mx.idse.certificate.support.OcspClient;
import mx.idse.events.CloudEvent;
import mx.idse.pki.certificates.SerialNumbers;
import mx.idse.pki.testing.Openssl;
import mx.idse.certificate.support.InternalCalls;

/** CertificateCancelled on Kafka: the certificate is revoked for every relying party, once and for good. */
@QuarkusTest
class RevocationTest {

    @TestHTTPResource(value = "/", management = true)
    URL management;

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    CertificadosDePrueba issued;
    @Inject
    CertificateSigner signer;
    @Inject
    AgroalDataSource dataSource;

    @Test
    void aCancelledCertificateIsRevokedInOcspAndNoLongerAuthenticates() throws Exception {
        Titular cancelled = issued.issue();
        Titular other = issued.issue();
        Instant fecha = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(90);

        CancelledEvents.publish(CancelledEvents.cancelled(cancelled.numeroSerie(), "PERDIDA_O_ROBO", fecha));
        CertificadoEntity stored = awaitCancelled(cancelled.numeroSerie());

        assertEquals(fecha, stored.cancelledAt);
        assertEquals("PERDIDA_O_ROBO", stored.motivo);
        assertNotNull(stored.estadoCambiadoEn);
        InternalCalls.multipart().binary("certificado", CredentialFiles.pfx(cancelled, signer.chain()))
                .text("usuario", cancelled.usuario()).text("contrasena", cancelled.contrasena())
                .post("/api/v1/autenticaciones").statusCode(401).body("code", equalTo("CREDENCIALES_INVALIDAS"));

        RevokedStatus revoked = assertInstanceOf(RevokedStatus.class, await().atMost(WAIT)
                .until(() -> status(cancelled), status -> status instanceof RevokedStatus));
        assertEquals(fecha, revoked.getRevocationTime().toInstant());
        assertEquals(CRLReason.keyCompromise, revoked.getRevocationReason());
        assertNull(status(other), "the other certificate stays good");

        Openssl.assumePresent();
        Path directory = Openssl.workDirectory("ocsp-revoked");
        try {
            String revokedOutput = OcspClient.openssl(directory, cancelled.certificate(), signer.chain(), true);
            assertTrue(revokedOutput.contains("Response verify OK"), revokedOutput);
            assertTrue(revokedOutput.contains(": revoked"), revokedOutput);
            assertTrue(revokedOutput.contains("Reason: keyCompromise"), revokedOutput);
            String goodOutput = OcspClient.openssl(directory, other.certificate(), signer.chain(), false);
            assertTrue(goodOutput.contains("Response verify OK"), goodOutput);
            assertTrue(goodOutput.contains(": good"), goodOutput);
        } finally {
            Openssl.delete(directory);
        }
    }

    @Test
    void duplicatesAndLaterCancellationsChangeNothing() {
        Titular holder = issued.issue();
        Instant first = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(3600);
        CloudEvent cancellation = CancelledEvents.cancelled(holder.numeroSerie(), "CAMBIO_DE_DATOS", first);
        CancelledEvents.publish(cancellation);
        awaitCancelled(holder.numeroSerie());

        CancelledEvents.publish(cancellation);
        CloudEvent late = CancelledEvents.cancelled(holder.numeroSerie(), "PERDIDA_O_ROBO", first.plusSeconds(600));
        CancelledEvents.publish(late);
        await().atMost(WAIT).until(() -> consumed(late.id()));

        CertificadoEntity stored = find(holder.numeroSerie());
        assertEquals(first, stored.cancelledAt);
        assertEquals("CAMBIO_DE_DATOS", stored.motivo);
        RevokedStatus revoked = assertInstanceOf(RevokedStatus.class, status(holder));
        assertEquals(CRLReason.affiliationChanged, revoked.getRevocationReason());
    }

    @Test
    void anUnknownMotivoRevokesWithoutReason() {
        Titular holder = issued.issue();
        CancelledEvents.publish(CancelledEvents.cancelled(holder.numeroSerie(), "MOTIVO_DEL_FUTURO", Instant.now()));
        awaitCancelled(holder.numeroSerie());

        RevokedStatus revoked = assertInstanceOf(RevokedStatus.class, await().atMost(WAIT)
                .until(() -> status(holder), status -> status instanceof RevokedStatus));
        assertFalse(revoked.hasRevocationReason(), "unspecified is written as no reason");
    }

    @Test
    void aSerialNeverIssuedIsConsumedAndStaysUnknown() {
        String serial = new SerialNumbers().next();
        CloudEvent cancellation = CancelledEvents.cancelled(serial, "PERDIDA_O_ROBO", Instant.now());
        CancelledEvents.publish(cancellation);
        await().atMost(WAIT).until(() -> consumed(cancellation.id()));

        // The consumer moved on: a later cancellation on the same partition applies.
        Titular holder = issued.issue();
        CancelledEvents.publish(CancelledEvents.cancelled(holder.numeroSerie(), "OLVIDO_CONTRASENA", Instant.now()));
        awaitCancelled(holder.numeroSerie());
        OCSPResp response = OcspClient.post(encoded(OcspClient.request(signer.issuingCertificate(),
                new BigInteger(serial), CertificateID.HASH_SHA1, null)));
        assertInstanceOf(UnknownStatus.class, OcspClient.verified(response, signer.issuingCertificate())
                .getResponses()[0].getCertStatus());
    }

    @Test
    void consumerLagIsExposedForAlerts() {
        ManagementPort.given(management).get("/q/metrics").then().statusCode(200)
                .body(containsString("kafka_consumer_fetch_manager_records_lag_max{client_id=\"kafka-consumer-cancellations\""));
    }

    private CertificateStatus status(Titular holder) {
        OCSPResp response = OcspClient.post(encoded(OcspClient.request(signer.issuingCertificate(),
                holder.certificate().getSerialNumber(), CertificateID.HASH_SHA1, null)));
        BasicOCSPResp basic = OcspClient.verified(response, signer.issuingCertificate());
        return basic.getResponses()[0].getCertStatus();
    }

    private static byte[] encoded(OCSPReq request) {
        try {
            return request.getEncoded();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CertificadoEntity awaitCancelled(String serial) {
        await().atMost(WAIT).until(() -> find(serial).estado == EstadoCertificado.CANCELADO);
        return find(serial);
    }

    private static CertificadoEntity find(String serial) {
        return QuarkusTransaction.requiringNew().call(() -> CertificadoEntity.findById(serial));
    }

    private boolean consumed(UUID eventId) throws Exception {
        try (var connection = dataSource.getConnection();
                var query = connection.prepareStatement("SELECT 1 FROM consumed_event WHERE event_id = ?")) {
            query.setObject(1, eventId);
            return query.executeQuery().next();
        }
    }
}
