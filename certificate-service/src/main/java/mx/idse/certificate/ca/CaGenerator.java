package mx.idse.certificate.ca;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Date;

import javax.security.auth.x500.X500Principal;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import mx.idse.pki.keys.SigningProvider;

/**
 * Makes a new two-level CA: a self-signed root and an issuing CA signed by it. Used by init-ca
 * and by dev and test starts; a production start only loads what it made.
 */
final class CaGenerator {

    /** Backdated so a relying party whose clock is a little behind accepts the certificates. */
    private static final long BACKDATE_MINUTES = 5;
    private static final String SIGNATURE_ALGORITHM = "SHA256withRSA";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** What to make: names, key sizes, validity. */
    record Spec(String rootSubject, int rootKeySize, int rootValidityYears,
                String issuingSubject, int issuingKeySize, int issuingValidityYears) {
    }

    /** The new CA; the root key goes offline, the issuing key into the service's keystore. */
    record GeneratedCa(KeyPair rootKeys, X509Certificate root, KeyPair issuingKeys, X509Certificate issuing) {
    }

    private final SigningProvider provider;

    CaGenerator(SigningProvider provider) {
        this.provider = provider;
    }

    GeneratedCa generate(Spec spec, Instant now) {
        try {
            Instant notBefore = now.minusSeconds(BACKDATE_MINUTES * 60);
            ZonedDateTime start = notBefore.atZone(ZoneOffset.UTC);
            Instant rootNotAfter = start.plusYears(spec.rootValidityYears()).toInstant();
            Instant issuingNotAfter = min(start.plusYears(spec.issuingValidityYears()).toInstant(), rootNotAfter);

            // 1. Root: self-signed, CA without a path length limit.
            KeyPair rootKeys = newRsaKeyPair(spec.rootKeySize());
            X500Name rootName = distinguishedName(spec.rootSubject());
            JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder root = new JcaX509v3CertificateBuilder(rootName, randomSerial(),
                    Date.from(notBefore), Date.from(rootNotAfter), rootName, rootKeys.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(true))
                    .addExtension(Extension.subjectKeyIdentifier, false,
                            extensions.createSubjectKeyIdentifier(rootKeys.getPublic()));
            X509Certificate rootCertificate = sign(withCaKeyUsage(root), rootKeys);

            // 2. Issuing CA: signed by the root, may sign end-entity certificates only (pathLen 0).
            KeyPair issuingKeys = newRsaKeyPair(spec.issuingKeySize());
            X509v3CertificateBuilder issuing = new JcaX509v3CertificateBuilder(rootCertificate, randomSerial(),
                    Date.from(notBefore), Date.from(issuingNotAfter), distinguishedName(spec.issuingSubject()),
                    issuingKeys.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(0))
                    .addExtension(Extension.subjectKeyIdentifier, false,
                            extensions.createSubjectKeyIdentifier(issuingKeys.getPublic()))
                    .addExtension(Extension.authorityKeyIdentifier, false,
                            extensions.createAuthorityKeyIdentifier(rootCertificate));
            X509Certificate issuingCertificate = sign(withCaKeyUsage(issuing), rootKeys);

            return new GeneratedCa(rootKeys, rootCertificate, issuingKeys, issuingCertificate);
        } catch (GeneralSecurityException | OperatorCreationException | CertIOException e) {
            throw new IllegalStateException("Could not generate the CA", e);
        }
    }

    private static X509v3CertificateBuilder withCaKeyUsage(X509v3CertificateBuilder builder) throws CertIOException {
        return builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
    }

    private X509Certificate sign(X509v3CertificateBuilder builder, KeyPair signerKeys)
            throws OperatorCreationException, GeneralSecurityException {
        var signer = new JcaContentSignerBuilder(SIGNATURE_ALGORITHM).setProvider(provider.provider())
                .build(signerKeys.getPrivate());
        return new JcaX509CertificateConverter().getCertificate(builder.build(signer));
    }

    private KeyPair newRsaKeyPair(int bits) throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA", provider.provider());
        generator.initialize(bits, RANDOM);
        return generator.generateKeyPair();
    }

    /** A positive 159-bit serial: CA certificates are not bound to the 15-digit end-entity format. */
    private static BigInteger randomSerial() {
        return new BigInteger(159, RANDOM).setBit(158);
    }

    /**
     * The DN as RFC 4514 writes it (most specific first, as in the settings and in
     * {@code X500Principal.getName()}), encoded in the usual X.509 order: C, O, then CN.
     */
    static X500Name distinguishedName(String rfc4514) {
        return X500Name.getInstance(new X500Principal(rfc4514).getEncoded());
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
