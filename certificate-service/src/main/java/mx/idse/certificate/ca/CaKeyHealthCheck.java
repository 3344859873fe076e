package mx.idse.certificate.ca;

import java.security.SecureRandom;
import java.security.Signature;

import jakarta.enterprise.context.ApplicationScoped;

import org.bouncycastle.operator.ContentSigner;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import mx.idse.certificate.signer.CertificateSigner;

/**
 * Ready only while the issuing key signs: a random message signed with it must verify against
 * the issuing certificate. The result is kept a few seconds so probes cost almost nothing.
 */
@Readiness
@ApplicationScoped
public class CaKeyHealthCheck implements HealthCheck {

    static final String NAME = "ca-key";
    private static final long CACHE_NANOS = 5_000_000_000L;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final CertificateSigner signer;
    private HealthCheckResponse last;
    private long lastAt;

    CaKeyHealthCheck(CertificateSigner signer) {
        this.signer = signer;
    }

    @Override
    public synchronized HealthCheckResponse call() {
        long now = System.nanoTime();
        if (last == null || now - lastAt > CACHE_NANOS) {
            last = check();
            lastAt = now;
        }
        return last;
    }

    private HealthCheckResponse check() {
        var response = HealthCheckResponse.named(NAME)
                .withData("provider", signer.providerName())
                .withData("issuer", signer.issuingCertificate().getSubjectX500Principal().getName());
        try {
            byte[] message = new byte[32];
            RANDOM.nextBytes(message);
            ContentSigner contentSigner = signer.contentSigner();
            contentSigner.getOutputStream().write(message);
            byte[] signature = contentSigner.getSignature();

            Signature verifier = Signature.getInstance(signer.signatureAlgorithm(), signer.provider());
            verifier.initVerify(signer.issuingCertificate().getPublicKey());
            verifier.update(message);
            return response.status(verifier.verify(signature)).build();
        } catch (Exception e) {
            // Any failure means the key cannot sign; the reason goes to the check, not to a stack trace.
            return response.down().withData("error", e.getClass().getSimpleName() + ": " + e.getMessage()).build();
        }
    }
}
