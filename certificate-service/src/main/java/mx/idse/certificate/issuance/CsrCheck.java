package mx.idse.certificate.issuance;

import java.security.Provider;
import java.security.PublicKey;
import java.util.Objects;
import java.util.Optional;

import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.openssl.PEMException;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.operator.ContentVerifierProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.bouncycastle.pkcs.PKCSException;

import mx.idse.pki.keys.CsrReader;
import mx.idse.pki.keys.InvalidCsrException;
import mx.idse.pki.keys.KeyPolicy;

/**
 * Step 1 of issuance for the key: the CSR request-service accepted is checked again (the producer
 * is never trusted), in the order that bounds the cost: structure and signature algorithm, then
 * the key policy, then the signature (proof of possession). Only the public key is kept; the
 * CSR's subject is ignored. Thread-safe.
 */
public final class CsrCheck {

    private static final JcaPEMKeyConverter KEY_CONVERTER = new JcaPEMKeyConverter();

    private final KeyPolicy keyPolicy;
    private final Provider fastProvider;

    /** @param fastProvider the CA's signing provider (ACCP when it loaded), tried first for the signature */
    public CsrCheck(KeyPolicy keyPolicy, Provider fastProvider) {
        this.keyPolicy = Objects.requireNonNull(keyPolicy, "keyPolicy");
        this.fastProvider = Objects.requireNonNull(fastProvider, "fastProvider");
    }

    /** The subject public key of a CSR that passed every check. */
    public SubjectPublicKeyInfo publicKey(String csrPem) throws IssuanceRefused {
        PKCS10CertificationRequest csr;
        try {
            csr = CsrReader.read(csrPem);
        } catch (InvalidCsrException e) {
            throw new IssuanceRefused(MotivoFalla.CSR_INVALIDA, e.getMessage());
        }
        Optional<String> weak = keyPolicy.check(csr.getSubjectPublicKeyInfo());
        if (weak.isPresent()) {
            throw new IssuanceRefused(MotivoFalla.LLAVE_DEBIL, weak.get());
        }
        verifySignature(csr);
        return csr.getSubjectPublicKeyInfo();
    }

    /**
     * With the fast provider when it knows the algorithm; otherwise (e.g. an EC key while the
     * JDK's RSA-only provider signs) with pki's BouncyCastle verification.
     */
    private void verifySignature(PKCS10CertificationRequest csr) throws IssuanceRefused {
        Boolean valid;
        try {
            // From a JCA key, not the SubjectPublicKeyInfo: BouncyCastle would look the key
            // algorithm up by OID in the fast provider, which ACCP does not register, and fall back.
            PublicKey key = KEY_CONVERTER.getPublicKey(csr.getSubjectPublicKeyInfo());
            ContentVerifierProvider verifier = new JcaContentVerifierProviderBuilder()
                    .setProvider(fastProvider)
                    .build(key);
            valid = csr.isSignatureValid(verifier);
        } catch (OperatorCreationException | PKCSException | PEMException | RuntimeException e) {
            valid = null;
        }
        try {
            if (valid == null) {
                CsrReader.verifySignature(csr);
            } else if (!valid) {
                throw new InvalidCsrException("La firma de la CSR no es válida: no prueba la posesión de la llave privada.");
            }
        } catch (InvalidCsrException e) {
            throw new IssuanceRefused(MotivoFalla.FIRMA_CSR_INVALIDA, e.getMessage());
        }
    }
}
