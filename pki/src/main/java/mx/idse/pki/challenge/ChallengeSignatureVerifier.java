package mx.idse.pki.challenge;

import java.security.MessageDigest;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSTypedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;

import mx.idse.pki.challenge.InvalidChallengeSignatureException.Reason;
import mx.idse.pki.keys.BcProvider;
import mx.idse.pki.keys.KeyPolicy;
import mx.idse.pki.keys.SignatureAlgorithms;

/**
 * Verifies a signed login challenge: a CMS SignedData (DER) such as
 * {@code openssl cms -sign -binary -md sha256 -outform DER} makes, with the challenge attached
 * ({@code -nodetach}) or detached. It checks that exactly one signer signed exactly the expected
 * challenge with SHA-256/384/512 (RSA PKCS#1 v1.5, RSA-PSS or ECDSA) and returns the signer's
 * certificate. Whether that certificate is one this CA issued, active and valid, and whether the
 * challenge is fresh and unused, is the caller's check. Thread-safe.
 */
public final class ChallengeSignatureVerifier {

    /** A CMS with one RSA-4096 certificate is under 4 KiB; a chain fits too. */
    public static final int MAX_BYTES = 32 * 1024;

    private static final Set<ASN1ObjectIdentifier> DIGESTS = Set.of(
            NISTObjectIdentifiers.id_sha256, NISTObjectIdentifiers.id_sha384, NISTObjectIdentifiers.id_sha512);
    /** Bare key algorithms that CMS allows as the signature algorithm, the hash then being the digest above. */
    private static final Set<ASN1ObjectIdentifier> BARE_KEY_ALGORITHMS = Set.of(
            PKCSObjectIdentifiers.rsaEncryption, X9ObjectIdentifiers.id_ecPublicKey);

    private final KeyPolicy keyPolicy;

    public ChallengeSignatureVerifier(KeyPolicy keyPolicy) {
        this.keyPolicy = Objects.requireNonNull(keyPolicy, "keyPolicy");
    }

    /** Verifies with the signer certificate carried in the CMS, and returns it. */
    public X509CertificateHolder verify(byte[] cms, byte[] expectedChallenge) throws InvalidChallengeSignatureException {
        return verify(cms, expectedChallenge, null);
    }

    /**
     * Verifies with {@code expectedSigner} (the certificate the caller issued), ignoring any
     * certificate in the CMS; works for a CMS made with {@code -nocerts} too.
     */
    public X509CertificateHolder verify(byte[] cms, byte[] expectedChallenge, X509CertificateHolder expectedSigner)
            throws InvalidChallengeSignatureException {
        Objects.requireNonNull(expectedChallenge, "expectedChallenge");
        // 1. Bound and parse; a detached signature is joined to the expected challenge.
        CMSSignedData signed = parse(cms, expectedChallenge);
        // 2. The signed content is exactly the challenge, as plain data.
        if (!CMSObjectIdentifiers.data.getId().equals(signed.getSignedContentTypeOID())
                || !(signed.getSignedContent().getContent() instanceof byte[] content)
                || !MessageDigest.isEqual(content, expectedChallenge)) {
            throw new InvalidChallengeSignatureException(Reason.CONTENT_MISMATCH);
        }
        // 3. One signer, with a SHA-2 digest and signature algorithm.
        Collection<SignerInformation> signers = signed.getSignerInfos().getSigners();
        if (signers.size() != 1) {
            throw new InvalidChallengeSignatureException(Reason.SIGNER_COUNT);
        }
        SignerInformation signer = signers.iterator().next();
        requireStrongAlgorithms(signer);
        // 4. The signer's certificate: the expected one, or the single embedded one it names.
        X509CertificateHolder certificate = signerCertificate(signed, signer, expectedSigner);
        // 5. The key policy bounds the verification cost of an embedded certificate's key.
        try {
            if (keyPolicy.check(certificate.getSubjectPublicKeyInfo()).isPresent()) {
                throw new InvalidChallengeSignatureException(Reason.SIGNER_KEY_REFUSED);
            }
        } catch (RuntimeException e) {
            throw new InvalidChallengeSignatureException(Reason.SIGNER_KEY_REFUSED);
        }
        // 6. The signature (over the signed attributes, whose message digest covers the content).
        try {
            if (!signer.verify(new JcaSimpleSignerInfoVerifierBuilder().setProvider(BcProvider.INSTANCE).build(certificate))) {
                throw new InvalidChallengeSignatureException(Reason.BAD_SIGNATURE);
            }
        } catch (InvalidChallengeSignatureException e) {
            throw e;
        } catch (Exception e) {
            throw new InvalidChallengeSignatureException(Reason.BAD_SIGNATURE);
        }
        return certificate;
    }

    private static CMSSignedData parse(byte[] cms, byte[] expectedChallenge) throws InvalidChallengeSignatureException {
        if (cms == null || cms.length == 0) {
            throw new InvalidChallengeSignatureException(Reason.MALFORMED);
        }
        if (cms.length > MAX_BYTES) {
            throw new InvalidChallengeSignatureException(Reason.TOO_LARGE);
        }
        try {
            CMSSignedData signed = new CMSSignedData(cms);
            CMSTypedData content = signed.getSignedContent();
            return content != null ? signed : new CMSSignedData(new CMSProcessableByteArray(expectedChallenge), cms);
        } catch (Exception e) {
            throw new InvalidChallengeSignatureException(Reason.MALFORMED);
        }
    }

    private static void requireStrongAlgorithms(SignerInformation signer) throws InvalidChallengeSignatureException {
        ASN1ObjectIdentifier digest = signer.getDigestAlgorithmID().getAlgorithm();
        AlgorithmIdentifier signature = AlgorithmIdentifier.getInstance(signer.toASN1Structure().getDigestEncryptionAlgorithm());
        boolean strongSignature = BARE_KEY_ALGORITHMS.contains(signature.getAlgorithm())
                || SignatureAlgorithms.isAllowed(signature);
        if (!DIGESTS.contains(digest) || !strongSignature) {
            throw new InvalidChallengeSignatureException(Reason.WEAK_ALGORITHM);
        }
    }

    private static X509CertificateHolder signerCertificate(CMSSignedData signed, SignerInformation signer,
            X509CertificateHolder expectedSigner) throws InvalidChallengeSignatureException {
        if (expectedSigner != null) {
            if (!signer.getSID().match(expectedSigner)) {
                throw new InvalidChallengeSignatureException(Reason.NO_SIGNER_CERTIFICATE);
            }
            return expectedSigner;
        }
        Collection<X509CertificateHolder> matches = signed.getCertificates().getMatches(signer.getSID());
        if (matches.size() != 1) {
            throw new InvalidChallengeSignatureException(Reason.NO_SIGNER_CERTIFICATE);
        }
        return matches.iterator().next();
    }
}
