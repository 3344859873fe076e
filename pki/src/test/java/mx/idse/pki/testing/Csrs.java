package mx.idse.pki.testing;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder;

/**
 * CSRs as an applicant's own tool would make them, with a subject the certificate must NOT copy.
 * Shared with the services' tests through pki's test-jar.
 */
public final class Csrs {

    /** What a client wrote in its CSR: never to appear in an issued certificate. */
    public static final String CSR_COMMON_NAME = "Nombre Escrito Por El Cliente";
    private static final X500Name SUBJECT = new X500Name("CN=" + CSR_COMMON_NAME + ",O=Otra Empresa,C=US");

    private Csrs() {
    }

    public static String rsa(int bits) {
        return csr(generate("RSA", null, bits), "SHA256withRSA");
    }

    public static String ecP256() {
        return csr(generate("EC", new ECGenParameterSpec("secp256r1"), 0), "SHA256withECDSA");
    }

    /** An RSA-2048 CSR signed with e.g. {@code SHA1withRSA}. */
    public static String rsaSignedWith(String signatureAlgorithm) {
        return csr(generate("RSA", null, 2048), signatureAlgorithm);
    }

    /** A CSR whose signature does not match its key: no proof of possession. */
    public static String withForeignSignature() {
        KeyPair subject = generate("RSA", null, 2048);
        KeyPair other = generate("RSA", null, 2048);
        try {
            return pem(new JcaPKCS10CertificationRequestBuilder(SUBJECT, subject.getPublic())
                    .build(new JcaContentSignerBuilder("SHA256withRSA").build(other.getPrivate())));
        } catch (OperatorCreationException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A CSR for the key in compromised-test-key.pem, which known-compromised-keys.txt lists. */
    public static String withKnownCompromisedKey() {
        try (Reader reader = new InputStreamReader(Csrs.class.getResourceAsStream("/compromised-test-key.pem"),
                StandardCharsets.US_ASCII); PEMParser pem = new PEMParser(reader)) {
            return csr(new JcaPEMKeyConverter().getKeyPair((PEMKeyPair) pem.readObject()), "SHA256withECDSA");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyPair generate(String algorithm, ECGenParameterSpec curve, int bits) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance(algorithm);
            if (curve != null) {
                generator.initialize(curve);
            } else {
                generator.initialize(bits);
            }
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String csr(KeyPair keys, String signatureAlgorithm) {
        try {
            return pem(new JcaPKCS10CertificationRequestBuilder(SUBJECT, keys.getPublic())
                    .build(new JcaContentSignerBuilder(signatureAlgorithm).build(keys.getPrivate())));
        } catch (OperatorCreationException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String pem(PKCS10CertificationRequest csr) throws IOException {
        StringWriter out = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(out)) {
            writer.writeObject(csr);
        }
        return out.toString();
    }
}
