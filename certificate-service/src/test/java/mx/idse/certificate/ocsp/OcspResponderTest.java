package mx.idse.certificate.ocsp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Collections;
import java.util.List;

import jakarta.inject.Inject;

import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.OCSPReq;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.cert.ocsp.SingleResp;
import org.bouncycastle.cert.ocsp.UnknownStatus;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import mx.idse.certificate.signer.CertificateSigner;
import mx.idse.certificate.support.CertificadosDePrueba;
import mx.idse.certificate.support.CertificadosDePrueba.Titular;
import mx.idse.certificate.support.OcspClient;
import mx.idse.pki.testing.TestPki;

/** The responder as relying parties use it: POST and GET, nonce, hash algorithms, bad requests. */
@QuarkusTest
class OcspResponderTest {

    private static final AlgorithmIdentifier SHA256 = new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256, DERNull.INSTANCE);

    @Inject
    CertificadosDePrueba issued;
    @Inject
    CertificateSigner signer;

    @Test
    void aGoodCertificateIsAnsweredFromMemoryWithoutANewSignature() throws Exception {
        Titular holder = issued.issue();
        byte[] request = request(holder.certificate().getSerialNumber(), CertificateID.HASH_SHA1, null).getEncoded();

        OCSPResp first = OcspClient.post(request);
        OCSPResp second = OcspClient.post(request);

        SingleResp answer = only(first);
        assertNull(answer.getCertStatus(), "good");
        assertEquals(holder.certificate().getSerialNumber(), answer.getCertID().getSerialNumber());
        assertFalse(answer.getThisUpdate().toInstant().isAfter(Instant.now()), "thisUpdate <= now");
        assertNotNull(answer.getNextUpdate());
        assertArrayEquals(first.getEncoded(), second.getEncoded(), "the same pre-signed bytes");
    }

    @Test
    void theRequestsHashAlgorithmIsAnsweredWithTheSameCertId() throws Exception {
        Titular holder = issued.issue();
        OCSPReq request = request(holder.certificate().getSerialNumber(), SHA256, null);

        SingleResp answer = only(OcspClient.post(request.getEncoded()));

        assertEquals(request.getRequestList()[0].getCertID(), answer.getCertID());
        assertNull(answer.getCertStatus());
    }

    @Test
    void aNonceIsEchoedInALiveSignedAnswer() throws Exception {
        Titular holder = issued.issue();
        byte[] nonce = OcspClient.nonce();

        OCSPResp response = OcspClient.post(request(holder.certificate().getSerialNumber(), CertificateID.HASH_SHA1, nonce).getEncoded());

        BasicOCSPResp basic = OcspClient.verified(response, signer.issuingCertificate());
        ASN1OctetString echoed = (ASN1OctetString) basic.getExtension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce).getParsedValue();
        assertArrayEquals(nonce, echoed.getOctets());
        assertNull(basic.getResponses()[0].getCertStatus());
    }

    @Test
    void getTakesBase64WithSlashesPlainOrUrlEncoded() throws Exception {
        Titular holder = issued.issue();
        String base64 = base64WithSlash(holder.certificate().getSerialNumber());

        assertNull(only(OcspClient.get(base64)).getCertStatus());
        assertNull(only(OcspClient.get(URLEncoder.encode(base64, StandardCharsets.US_ASCII))).getCertStatus());
    }

    @Test
    void aSerialNeverIssuedOrAnotherIssuerIsUnknown() throws Exception {
        Titular holder = issued.issue();
        assertInstanceOf(UnknownStatus.class, only(OcspClient.post(
                request(new BigInteger("100000000000001"), CertificateID.HASH_SHA1, null).getEncoded())).getCertStatus());

        OCSPReq otherIssuer = OcspClient.request(TestPki.create().issuing, holder.certificate().getSerialNumber(),
                CertificateID.HASH_SHA1, null);
        assertInstanceOf(UnknownStatus.class, only(OcspClient.post(otherIssuer.getEncoded())).getCertStatus());
    }

    @Test
    void garbageAndTooManyCertificatesAreMalformedRequests() throws Exception {
        assertEquals(OCSPResp.MALFORMED_REQUEST, OcspClient.post(new byte[] {0x30, 0x03, 0x02, 0x01, 0x05}).getStatus());
        assertEquals(OCSPResp.MALFORMED_REQUEST, OcspClient.post(new byte[0]).getStatus());
        assertEquals(OCSPResp.MALFORMED_REQUEST, OcspClient.get("bm90IGFuIE9DU1AgcmVxdWVzdA==").getStatus());
        assertEquals(OCSPResp.MALFORMED_REQUEST, OcspClient.get("no-es-base64!").getStatus());

        List<BigInteger> eleven = Collections.nCopies(11, new BigInteger("100000000000002"));
        assertEquals(OCSPResp.MALFORMED_REQUEST,
                OcspClient.post(OcspClient.request(signer.issuingCertificate(), eleven, CertificateID.HASH_SHA1, null).getEncoded()).getStatus());
    }

    private OCSPReq request(BigInteger serial, AlgorithmIdentifier hash, byte[] nonce) {
        return OcspClient.request(signer.issuingCertificate(), serial, hash, nonce);
    }

    private SingleResp only(OCSPResp response) {
        SingleResp[] answers = OcspClient.verified(response, signer.issuingCertificate()).getResponses();
        assertEquals(1, answers.length);
        return answers[0];
    }

    /** The base64 of a request for this serial that contains a '/', made by varying the nonce. */
    private String base64WithSlash(BigInteger serial) throws Exception {
        for (int attempt = 0; attempt < 1000; attempt++) {
            String base64 = Base64.getEncoder().encodeToString(request(serial, CertificateID.HASH_SHA1, OcspClient.nonce()).getEncoded());
            if (base64.contains("/")) {
                return base64;
            }
        }
        throw new AssertionError("no base64 with '/' in 1000 nonces");
    }
}
