package mx.idse.certificate.ocsp;

import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.ocsp.CertificateID;

import io.micrometer.core.instrument.MeterRegistry;
import mx.idse.certificate.config.OcspConfig;

/**
 * OCSP answers signed ahead of time and held in memory, one per certificate and CertID hash
 * algorithm (SHA-1 and SHA-256), as encoded DER: answering a request without nonce costs a map
 * lookup and no signature. Each replica keeps its own, filled and refreshed by
 * {@link PreSigningJob} from the database. Gauge {@code idse.ocsp.presigned.answers}.
 */
@ApplicationScoped
class PreSignedAnswers {

    private record Key(ASN1ObjectIdentifier hashAlgorithm, BigInteger serial) {
    }

    /** One pre-signed answer: the CertID it answers (compared whole), the response and what it says. */
    private record PreSigned(CertificateID certId, byte[] response, CertificateState state, Instant thisUpdate) {
    }

    private final Map<Key, PreSigned> answers = new ConcurrentHashMap<>();
    private final OcspSigner signer;
    private final Duration refreshAfter;

    PreSignedAnswers(OcspSigner signer, OcspConfig config, MeterRegistry registry) {
        this.signer = signer;
        // Signed again at half of the validity: a relying party never gets an answer near its nextUpdate.
        this.refreshAfter = config.nextUpdate().dividedBy(2);
        registry.gaugeMapSize("idse.ocsp.presigned.answers", List.of(), answers);
    }

    /** The pre-signed response for exactly this CertID (same algorithm and parameters), or null. */
    byte[] lookup(CertificateID certId) {
        PreSigned answer = answers.get(new Key(certId.getHashAlgOID(), certId.getSerialNumber()));
        return answer != null && answer.certId().equals(certId) ? answer.response() : null;
    }

    /** The state the held answers say for this serial, or null when none is held. */
    CertificateState state(BigInteger serial) {
        PreSigned answer = answers.get(new Key(OcspSigner.PRE_SIGNED_HASHES.get(0).getAlgorithm(), serial));
        return answer == null ? null : answer.state();
    }

    /** Signs the answers for this state unless the held ones already say it and are fresh. */
    void signIfChanged(CertificateState state, Instant now) {
        for (AlgorithmIdentifier hash : OcspSigner.PRE_SIGNED_HASHES) {
            Key key = new Key(hash.getAlgorithm(), state.serial());
            PreSigned held = answers.get(key);
            if (held == null || !held.state().equals(state) || due(held, now)) {
                CertificateID certId = signer.certId(hash, state.serial());
                OcspSigner.Signed signed = signer.sign(List.of(new OcspSigner.Answer(certId, state.ocspStatus())), null);
                answers.put(key, new PreSigned(certId, signed.der(), state, signed.thisUpdate()));
            }
        }
    }

    /** States whose answers reach half their validity (or were signed by a clock now behind), to sign again. */
    List<CertificateState> due(Instant now) {
        return answers.values().stream().filter(held -> due(held, now)).map(PreSigned::state).distinct().toList();
    }

    /** Forgets an expired certificate's answers; a request for it is answered live from the database. */
    void drop(CertificateState state) {
        OcspSigner.PRE_SIGNED_HASHES.forEach(hash -> answers.remove(new Key(hash.getAlgorithm(), state.serial())));
    }

    private boolean due(PreSigned held, Instant now) {
        return now.isAfter(held.thisUpdate().plus(refreshAfter)) || held.thisUpdate().isAfter(now);
    }
}
