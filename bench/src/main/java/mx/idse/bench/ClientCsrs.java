package mx.idse.bench;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Provider;
import java.security.spec.ECGenParameterSpec;
import java.util.List;
import java.util.stream.IntStream;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder;

import mx.idse.pki.keys.SigningProvider;

/**
 * PEM PKCS#10 requests as an applicant's tool makes them, each with its own new key (EC P-256 or
 * RSA-2048). Made before any clock starts: key generation is the client's cost, so it runs on all
 * cores with the fastest provider present.
 */
final class ClientCsrs {

    private static final X500Name SUBJECT = new X500Name("CN=Beatriz Sanchez Cruz,O=Comision Federal de Electricidad,C=MX");
    private static final Provider PROVIDER = SigningProvider.fastest().provider();

    private ClientCsrs() {
    }

    /** {@code count} CSRs; {@code keys} is ec, rsa or mixed (alternating, EC first). */
    static List<String> make(int count, String keys) {
        return IntStream.range(0, count).parallel()
                .mapToObj(i -> keys.equals("rsa") || (keys.equals("mixed") && i % 2 == 1)
                        ? csr(rsa2048(), "SHA256withRSA")
                        : csr(ecP256(), "SHA256withECDSA"))
                .toList();
    }

    private static KeyPair ecP256() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", PROVIDER);
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyPair rsa2048() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA", PROVIDER);
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String csr(KeyPair keys, String algorithm) {
        try {
            var request = new JcaPKCS10CertificationRequestBuilder(SUBJECT, keys.getPublic())
                    .build(new JcaContentSignerBuilder(algorithm).setProvider(PROVIDER).build(keys.getPrivate()));
            StringWriter out = new StringWriter();
            try (JcaPEMWriter pem = new JcaPEMWriter(out)) {
                pem.writeObject(request);
            }
            return out.toString();
        } catch (OperatorCreationException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
