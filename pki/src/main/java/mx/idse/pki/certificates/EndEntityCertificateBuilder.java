package mx.idse.pki.certificates;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.X509Certificate;
import java.util.Date;
import java.util.List;
import java.util.Objects;

import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.SubjectKeyIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;

import mx.idse.pki.subject.CertificateSubject;

/**
 * Builds IDSE end-entity certificates (docs/pki.md, "Certificate profile") for one issuing CA.
 * Everything that depends only on the CA and the profile (issuer name, authority key
 * identifier, CRL distribution point, AIA and the fixed extensions) is computed once in the
 * constructor, so building many certificates costs one signature each plus a little ASN.1.
 *
 * <p>The issuer name is the DER of the CA certificate's subject, copied byte for byte (what
 * {@code JcaX509v3CertificateBuilder(caCert, ...)} does), so path building matches it exactly.
 *
 * <p>Thread-safe: an instance may be shared by all threads. A {@link ContentSigner} is not
 * thread-safe (it buffers the bytes to sign): give each thread its own, made from the issuing
 * CA's private key with the CA key's algorithm (SHA256withRSA for an RSA CA), never the subject
 * key's.
 */
public final class EndEntityCertificateBuilder {

    private static final KeyUsage KEY_USAGE = new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation);
    private static final ExtendedKeyUsage EXTENDED_KEY_USAGE = new ExtendedKeyUsage(
            new KeyPurposeId[] {KeyPurposeId.id_kp_clientAuth, KeyPurposeId.id_kp_emailProtection});

    private final X500Name issuer;
    private final List<Extension> fixedExtensions;

    public EndEntityCertificateBuilder(X509Certificate issuingCa, CertificateProfile profile) {
        Objects.requireNonNull(issuingCa, "issuingCa");
        Objects.requireNonNull(profile, "profile");
        try {
            this.issuer = X500Name.getInstance(issuingCa.getSubjectX500Principal().getEncoded());
            SubjectPublicKeyInfo caKey = SubjectPublicKeyInfo.getInstance(issuingCa.getPublicKey().getEncoded());
            this.fixedExtensions = List.of(
                    new Extension(Extension.basicConstraints, true, new BasicConstraints(false).getEncoded()),
                    new Extension(Extension.keyUsage, true, KEY_USAGE.getEncoded()),
                    new Extension(Extension.extendedKeyUsage, false, EXTENDED_KEY_USAGE.getEncoded()),
                    new Extension(Extension.authorityKeyIdentifier, false,
                            new AuthorityKeyIdentifier(caKeyIdentifier(issuingCa, caKey)).getEncoded()),
                    new Extension(Extension.cRLDistributionPoints, false, crlDistributionPoint(profile).getEncoded()),
                    new Extension(Extension.authorityInfoAccess, false, authorityInformationAccess(profile).getEncoded()));
        } catch (IOException e) {
            throw new UncheckedIOException("could not encode the certificate profile", e);
        }
    }

    /**
     * Builds and signs one certificate.
     *
     * @param subject   from the request data, never from the CSR
     * @param publicKey the subject's key (from the CSR, after the key policy accepted it)
     * @param serial    15 decimal digits ({@link SerialNumbers})
     * @param validity  already inside the CA's ({@link Validity#withinIssuingCa})
     * @param caSigner  the issuing CA's signer, used by one thread at a time
     */
    public X509CertificateHolder build(CertificateSubject subject, SubjectPublicKeyInfo publicKey, String serial,
            Validity validity, ContentSigner caSigner) {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(publicKey, "publicKey");
        Objects.requireNonNull(validity, "validity");
        Objects.requireNonNull(caSigner, "caSigner");
        X509v3CertificateBuilder builder = new X509v3CertificateBuilder(issuer, SerialNumbers.toBigInteger(serial),
                Date.from(validity.notBefore()), Date.from(validity.notAfter()), subject.toX500Name(), publicKey);
        try {
            for (Extension extension : fixedExtensions) {
                builder.addExtension(extension);
            }
            builder.addExtension(Extension.subjectKeyIdentifier, false, new SubjectKeyIdentifier(keyIdentifier(publicKey)));
        } catch (IOException e) {
            throw new UncheckedIOException("could not encode the certificate extensions", e);
        }
        return builder.build(caSigner);
    }

    /**
     * The keyIdentifier of the authorityKeyIdentifier in what this CA signs (certificates, CRLs):
     * the CA's own SKI when it has one (AKI must equal it), else RFC 5280's method 1 over its key.
     */
    public static byte[] issuingKeyIdentifier(X509Certificate issuingCa) {
        return caKeyIdentifier(issuingCa, SubjectPublicKeyInfo.getInstance(issuingCa.getPublicKey().getEncoded()));
    }

    private static byte[] caKeyIdentifier(X509Certificate ca, SubjectPublicKeyInfo caKey) {
        byte[] extension = ca.getExtensionValue(Extension.subjectKeyIdentifier.getId());
        if (extension == null) {
            return keyIdentifier(caKey);
        }
        byte[] inner = ASN1OctetString.getInstance(extension).getOctets();
        return SubjectKeyIdentifier.getInstance(ASN1OctetString.getInstance(inner)).getKeyIdentifier();
    }

    /**
     * RFC 5280 4.2.1.2 method 1: SHA-1 of the subjectPublicKey BIT STRING value. A new
     * MessageDigest per call keeps the builder thread-safe (BouncyCastle's extension utils hold one).
     */
    static byte[] keyIdentifier(SubjectPublicKeyInfo key) {
        try {
            return MessageDigest.getInstance("SHA-1").digest(key.getPublicKeyData().getBytes());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is required of every JDK", e);
        }
    }

    private static CRLDistPoint crlDistributionPoint(CertificateProfile profile) {
        GeneralNames names = new GeneralNames(uriName(profile.crlDistributionPoint().toString()));
        DistributionPoint point = new DistributionPoint(new DistributionPointName(names), null, null);
        return new CRLDistPoint(new DistributionPoint[] {point});
    }

    private static AuthorityInformationAccess authorityInformationAccess(CertificateProfile profile) {
        AccessDescription ocsp = new AccessDescription(AccessDescription.id_ad_ocsp,
                uriName(profile.ocspResponder().toString()));
        if (profile.caIssuers() == null) {
            return new AuthorityInformationAccess(ocsp);
        }
        AccessDescription caIssuers = new AccessDescription(AccessDescription.id_ad_caIssuers,
                uriName(profile.caIssuers().toString()));
        return new AuthorityInformationAccess(new AccessDescription[] {ocsp, caIssuers});
    }

    private static GeneralName uriName(String uri) {
        return new GeneralName(GeneralName.uniformResourceIdentifier, uri);
    }

    /** The certificate as DER, for storage and download. */
    public static byte[] der(X509CertificateHolder certificate) {
        try {
            return certificate.getEncoded();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
