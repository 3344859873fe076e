package mx.idse.pki.testing;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.util.io.pem.PemObject;

import mx.idse.pki.keys.BcProvider;

/** A throwaway two-level CA (RSA-2048 root and issuing CA) and key helpers for tests. */
public final class TestPki {

    public final KeyPair rootKeys;
    public final X509Certificate root;
    public final KeyPair issuingKeys;
    public final X509Certificate issuing;

    private TestPki(Instant caNotBefore, Duration issuingLifetime) {
        try {
            rootKeys = rsa(2048);
            root = caCertificate(new X500Name("CN=IDSE Test Root,O=IMSS Pruebas,C=MX"), rootKeys,
                    new X500Name("CN=IDSE Test Root,O=IMSS Pruebas,C=MX"), rootKeys, caNotBefore, Duration.ofDays(3650), 1);
            issuingKeys = rsa(2048);
            issuing = caCertificate(new X500Name("CN=IDSE Test Root,O=IMSS Pruebas,C=MX"), rootKeys,
                    new X500Name("CN=IDSE Test Emisora,O=IMSS Pruebas,C=MX"), issuingKeys, caNotBefore, issuingLifetime, 0);
        } catch (GeneralSecurityException | IOException | OperatorCreationException e) {
            throw new IllegalStateException(e);
        }
    }

    public static TestPki create() {
        return new TestPki(Instant.now().minus(Duration.ofDays(1)), Duration.ofDays(3 * 365));
    }

    /** A CA whose issuing certificate starts at {@code notBefore} and lasts {@code lifetime}. */
    public static TestPki create(Instant notBefore, Duration lifetime) {
        return new TestPki(notBefore, lifetime);
    }

    /** A new signer for the issuing CA, one per thread. */
    public ContentSigner issuingSigner() {
        try {
            return new JcaContentSignerBuilder("SHA256withRSA").setProvider(BcProvider.INSTANCE).build(issuingKeys.getPrivate());
        } catch (OperatorCreationException e) {
            throw new IllegalStateException(e);
        }
    }

    public static KeyPair rsa(int bits) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(bits);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static KeyPair ecP256() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static SubjectPublicKeyInfo spki(KeyPair pair) {
        return SubjectPublicKeyInfo.getInstance(pair.getPublic().getEncoded());
    }

    public static X509Certificate toX509(X509CertificateHolder holder) {
        try {
            return new JcaX509CertificateConverter().getCertificate(holder);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String pem(Object object) {
        StringWriter out = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(out)) {
            // Private keys as unencrypted PKCS#8, the form every openssl command reads.
            writer.writeObject(object instanceof PrivateKey key ? new PemObject("PRIVATE KEY", key.getEncoded()) : object);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    public static Path write(Path directory, String name, Object object) {
        try {
            return Files.writeString(directory.resolve(name), pem(object));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static X509Certificate caCertificate(X500Name issuer, KeyPair issuerKeys, X500Name subject, KeyPair subjectKeys,
            Instant notBefore, Duration lifetime, int pathLength)
            throws GeneralSecurityException, IOException, OperatorCreationException {
        JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
        JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuer, BigInteger.valueOf(System.nanoTime()),
                Date.from(notBefore), Date.from(notBefore.plus(lifetime)), subject, subjectKeys.getPublic());
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(pathLength));
        builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
        builder.addExtension(Extension.subjectKeyIdentifier, false, utils.createSubjectKeyIdentifier(subjectKeys.getPublic()));
        builder.addExtension(Extension.authorityKeyIdentifier, false, utils.createAuthorityKeyIdentifier(issuerKeys.getPublic()));
        PrivateKey signingKey = issuerKeys.getPrivate();
        ContentSigner signer = new JcaContentSignerBuilder("SHA256withRSA").setProvider(BcProvider.INSTANCE).build(signingKey);
        return toX509(builder.build(signer));
    }
}
