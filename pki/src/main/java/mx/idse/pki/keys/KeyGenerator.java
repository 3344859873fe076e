package mx.idse.pki.keys;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.spec.RSAKeyGenParameterSpec;
import java.util.Objects;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.openssl.PKCS8Generator;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8EncryptorBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.OutputEncryptor;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder;
import org.bouncycastle.util.io.pem.PemObject;
import org.bouncycastle.util.io.pem.PemWriter;

/**
 * Makes an RSA-2048 key pair for an applicant who sent no CSR: a CSR signed with the new key and
 * the private key as encrypted PKCS#8 (PBES2: PBKDF2-HMAC-SHA256, AES-256-CBC), the form that
 * {@code openssl pkey -passin} opens without {@code -legacy}.
 */
public final class KeyGenerator {

    private static final int RSA_BITS = 2048;

    private final int pbkdf2Iterations;
    private final SecureRandom random = new SecureRandom();

    public KeyGenerator(int pbkdf2Iterations) {
        if (pbkdf2Iterations < 1) {
            throw new IllegalArgumentException("pbkdf2Iterations must be >= 1: " + pbkdf2Iterations);
        }
        this.pbkdf2Iterations = pbkdf2Iterations;
    }

    public GeneratedKeyPair generate(X500Name subject, char[] password) {
        Objects.requireNonNull(subject, "subject");
        if (password == null || password.length == 0) {
            throw new IllegalArgumentException("password is required");
        }
        try {
            KeyPair pair = newRsaKeyPair();
            return new GeneratedKeyPair(csrPem(subject, pair), encryptedKeyPem(pair, password));
        } catch (GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException("RSA key generation failed", e);
        }
    }

    private KeyPair newRsaKeyPair() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(new RSAKeyGenParameterSpec(RSA_BITS, RSAKeyGenParameterSpec.F4), random);
        return generator.generateKeyPair();
    }

    private static String csrPem(X500Name subject, KeyPair pair) throws OperatorCreationException {
        ContentSigner signer = new JcaContentSignerBuilder("SHA256withRSA")
                .setProvider(BcProvider.INSTANCE)
                .build(pair.getPrivate());
        PKCS10CertificationRequest csr =
                new JcaPKCS10CertificationRequestBuilder(subject, pair.getPublic()).build(signer);
        return CsrReader.toPem(csr);
    }

    private String encryptedKeyPem(KeyPair pair, char[] password) throws OperatorCreationException {
        OutputEncryptor encryptor = new JceOpenSSLPKCS8EncryptorBuilder(PKCS8Generator.AES_256_CBC)
                .setPRF(PKCS8Generator.PRF_HMACSHA256)
                .setIterationCount(pbkdf2Iterations)
                .setRandom(random)
                .setProvider(BcProvider.INSTANCE)
                .setPassword(password)
                .build();
        StringWriter out = new StringWriter();
        try (PemWriter writer = new PemWriter(out)) {
            PemObject pem = new JcaPKCS8Generator(pair.getPrivate(), encryptor).generate();
            writer.writeObject(pem);
        } catch (IOException e) {
            throw new UncheckedIOException("could not encode the encrypted private key", e);
        }
        return out.toString();
    }
}
