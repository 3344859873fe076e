package mx.idse.certificate.signer;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.cert.X509Certificate;
import java.util.List;

import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import mx.idse.pki.keys.SigningProvider;

/**
 * {@link CertificateSigner} over an issuing key read from a PKCS#12 keystore. The key is
 * translated once into the signing provider's own key type, so each signature skips the
 * conversion.
 */
public final class KeystoreSigner implements CertificateSigner {

    static final String RSA_SIGNATURE_ALGORITHM = "SHA256withRSA";

    private final PrivateKey issuingKey;
    private final List<X509Certificate> chain;
    private final SigningProvider provider;

    /**
     * @param issuingKey the issuing CA's RSA private key
     * @param chain      issuing certificate first, then the root
     */
    public KeystoreSigner(PrivateKey issuingKey, List<X509Certificate> chain, SigningProvider provider) {
        if (!"RSA".equals(issuingKey.getAlgorithm())) {
            throw new IllegalArgumentException("The issuing CA key must be RSA, not " + issuingKey.getAlgorithm());
        }
        if (chain.size() < 2) {
            throw new IllegalArgumentException("The chain needs the issuing and the root certificate");
        }
        this.issuingKey = translate(issuingKey, provider.provider());
        this.chain = List.copyOf(chain);
        this.provider = provider;
    }

    @Override
    public X509Certificate issuingCertificate() {
        return chain.get(0);
    }

    @Override
    public List<X509Certificate> chain() {
        return chain;
    }

    @Override
    public String signatureAlgorithm() {
        return RSA_SIGNATURE_ALGORITHM;
    }

    @Override
    public ContentSigner contentSigner() {
        try {
            return new JcaContentSignerBuilder(RSA_SIGNATURE_ALGORITHM).setProvider(provider.provider()).build(issuingKey);
        } catch (OperatorCreationException e) {
            throw new IllegalStateException("The CA key cannot sign with " + provider.name(), e);
        }
    }

    @Override
    public Provider provider() {
        return provider.provider();
    }

    private static PrivateKey translate(PrivateKey key, Provider provider) {
        try {
            return (PrivateKey) KeyFactory.getInstance("RSA", provider).translateKey(key);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The CA key cannot be used with " + provider.getName(), e);
        }
    }
}
