package mx.idse.certificate.ocsp;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPReq;
import org.bouncycastle.cert.ocsp.OCSPRespBuilder;
import org.bouncycastle.cert.ocsp.Req;
import org.bouncycastle.cert.ocsp.UnknownStatus;

import mx.idse.certificate.config.OcspConfig;

/**
 * Answers OCSP requests (RFC 6960). One CertID without nonce (what browsers and {@code openssl
 * ocsp -no_nonce} send) is answered from {@link PreSignedAnswers}; a nonce, several CertIDs, a
 * certificate signed in the last instant or an unknown one are answered live with a new signature.
 * A request that does not parse, or asks about too many certificates, gets {@code malformedRequest}.
 */
@ApplicationScoped
class OcspResponder {

    static final byte[] MALFORMED_REQUEST = OcspSigner.unsuccessful(OCSPRespBuilder.MALFORMED_REQUEST);

    private final PreSignedAnswers preSigned;
    private final CertificateStates states;
    private final OcspSigner signer;
    private final OcspConfig config;
    private final OcspMetrics metrics;
    private final Clock clock;

    OcspResponder(PreSignedAnswers preSigned, CertificateStates states, OcspSigner signer, OcspConfig config,
            OcspMetrics metrics, Clock clock) {
        this.preSigned = preSigned;
        this.states = states;
        this.signer = signer;
        this.config = config;
        this.metrics = metrics;
        this.clock = clock;
    }

    /** The pre-signed answer when one serves this request, else null (then {@link #answer} signs one). Never blocks. */
    byte[] answerFromMemory(byte[] body) {
        OCSPReq request = parse(body);
        if (request == null) {
            metrics.malformed();
            return MALFORMED_REQUEST;
        }
        Req[] certificates = request.getRequestList();
        if (certificates.length != 1 || (nonce(request) != null && config.signNonceRequests())) {
            return null;
        }
        byte[] answer = preSigned.lookup(certificates[0].getCertID());
        if (answer != null) {
            metrics.answered("pre-signed");
        }
        return answer;
    }

    /** The full answer, signing live when needed; reads the database for a certificate not held in memory. */
    byte[] answer(byte[] body) {
        byte[] fromMemory = answerFromMemory(body);
        if (fromMemory != null) {
            return fromMemory;
        }
        OCSPReq request = parse(body);
        Req[] certificates = request.getRequestList();
        if (certificates.length > config.maxCertificatesPerRequest()) {
            metrics.malformed();
            return MALFORMED_REQUEST;
        }
        List<OcspSigner.Answer> answers = new ArrayList<>(certificates.length);
        for (Req certificate : certificates) {
            answers.add(new OcspSigner.Answer(certificate.getCertID(), status(certificate.getCertID())));
        }
        Extension nonce = config.signNonceRequests() ? nonce(request) : null;
        metrics.answered("live");
        return signer.sign(answers, nonce).der();
    }

    /** good / revoked from memory or the database; unknown for another issuer or a serial never issued here. */
    private CertificateStatus status(CertificateID certId) {
        if (!signer.issuedByUs(certId)) {
            return new UnknownStatus();
        }
        CertificateState held = preSigned.state(certId.getSerialNumber());
        if (held != null) {
            return held.ocspStatus();
        }
        // GOOD is null in BouncyCastle: no Optional.map here, it would turn good into unknown.
        CertificateState stored = states.find(certId.getSerialNumber().toString()).orElse(null);
        if (stored == null) {
            return new UnknownStatus();
        }
        // Issued a moment ago, before the pre-signing job saw it: sign its answers now.
        if (clock.instant().isBefore(stored.notAfter())) {
            preSigned.signIfChanged(stored, clock.instant());
        }
        return stored.ocspStatus();
    }

    private static Extension nonce(OCSPReq request) {
        return request.getExtension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce);
    }

    /** The request, or null when it is not a DER OCSPRequest with at least one CertID. */
    private static OCSPReq parse(byte[] body) {
        if (body == null || body.length == 0) {
            return null;
        }
        try {
            OCSPReq request = new OCSPReq(body);
            return request.getRequestList().length == 0 ? null : request;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
