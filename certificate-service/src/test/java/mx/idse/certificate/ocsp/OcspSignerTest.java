package mx.idse.certificate.ocsp;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.bouncycastle.cert.ocsp.CertificateID;
import org.junit.jupiter.api.Test;

import mx.idse.certificate.config.OcspConfig;
import mx.idse.certificate.signer.KeystoreSigner;
import mx.idse.certificate.support.OcspClient;
import mx.idse.pki.keys.SigningProvider;
import mx.idse.pki.testing.TestPki;

/** Which CertIDs name our issuing CA, in each hash algorithm a relying party may use. */
class OcspSignerTest {

    private final TestPki ours = TestPki.create();
    private final OcspSigner signer = new OcspSigner(new KeystoreSigner(ours.issuingKeys.getPrivate(),
            List.of(ours.issuing, ours.root), SigningProvider.jdk("test")), config(), Clock.systemUTC());

    @Test
    void certIdsOfOurIssuerMatchInBothHashAlgorithms() {
        for (var hash : OcspSigner.PRE_SIGNED_HASHES) {
            CertificateID fromClient = OcspClient.request(ours.issuing, BigInteger.TEN, hash, null).getRequestList()[0].getCertID();
            assertTrue(signer.issuedByUs(fromClient), hash.getAlgorithm().getId());
        }
    }

    @Test
    void certIdsOfAnotherIssuerDoNotMatch() {
        CertificateID other = OcspClient.request(TestPki.create().issuing, BigInteger.TEN, CertificateID.HASH_SHA1, null)
                .getRequestList()[0].getCertID();
        assertFalse(signer.issuedByUs(other));
    }

    private static OcspConfig config() {
        return new OcspConfig() {
            public Duration nextUpdate() { return Duration.ofHours(1); }
            public Duration refreshInterval() { return Duration.ofSeconds(1); }
            public Duration refreshLookback() { return Duration.ofSeconds(10); }
            public int loadBatchSize() { return 10; }
            public boolean signNonceRequests() { return true; }
            public int maxCertificatesPerRequest() { return 10; }
        };
    }
}
