package mx.idse.certificate.signer;

import java.security.Provider;
import java.security.cert.X509Certificate;
import java.util.List;

import org.bouncycastle.operator.ContentSigner;

/**
 * The issuing CA's key as the rest of the service sees it: whoever holds the key (a PKCS#12 file
 * today, a PKCS#11 token later) is an adapter behind this interface, as in step-ca's
 * {@code cas/apiv1}. Certificates, CRLs and OCSP answers are built with BouncyCastle and signed
 * through {@link #contentSigner()}.
 */
public interface CertificateSigner {

    /** The issuing CA certificate: the issuer of everything this service signs. */
    X509Certificate issuingCertificate();

    /** The chain a relying party needs, issuing certificate first, then the root. */
    List<X509Certificate> chain();

    /** JCA signature algorithm of the CA key, e.g. {@code SHA256withRSA}. */
    String signatureAlgorithm();

    /**
     * A new signer over the CA key for one certificate (or CRL, or OCSP answer). Not thread-safe:
     * take one per signature; making one is cheap.
     */
    ContentSigner contentSigner();

    /** The JCA provider that performs the signatures (also the one to verify CSRs with). */
    Provider provider();

    /** Name of that provider for logs, health and metrics, e.g. {@code AmazonCorrettoCryptoProvider}. */
    default String providerName() {
        return provider().getName();
    }
}
