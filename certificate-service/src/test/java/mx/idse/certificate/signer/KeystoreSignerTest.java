package mx.idse.certificate.signer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import mx.idse.pki.keys.SigningProvider;

class KeystoreSignerTest {

    private static KeyPair caKeys;
    private static X509Certificate caCertificate;

    @BeforeAll
    static void makeCa() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        caKeys = generator.generateKeyPair();
        X500Name name = new X500Name("CN=Prueba");
        caCertificate = new JcaX509CertificateConverter().getCertificate(new JcaX509v3CertificateBuilder(name,
                BigInteger.ONE, Date.from(Instant.now()), Date.from(Instant.now().plusSeconds(3600)), name,
                caKeys.getPublic()).build(new JcaContentSignerBuilder("SHA256withRSA").build(caKeys.getPrivate())));
    }

    @Test
    void signsWithTheSelectedProviderWhatTheJdkVerifies() throws Exception {
        assertSignsAndVerifies(SigningProvider.fastest());
    }

    @Test
    void signsWithTheJdkProviderWhenAccpIsNotUsed() throws Exception {
        assertSignsAndVerifies(SigningProvider.jdk("prueba sin ACCP"));
    }

    @Test
    void refusesANonRsaCaKey() throws Exception {
        KeyPairGenerator ec = KeyPairGenerator.getInstance("EC");
        ec.initialize(256);
        var error = assertThrows(IllegalArgumentException.class, () ->
                new KeystoreSigner(ec.generateKeyPair().getPrivate(), List.of(caCertificate, caCertificate), SigningProvider.fastest()));
        assertTrue(error.getMessage().contains("RSA"));
    }

    private static void assertSignsAndVerifies(SigningProvider provider) throws Exception {
        CertificateSigner signer = new KeystoreSigner(caKeys.getPrivate(), List.of(caCertificate, caCertificate), provider);
        assertEquals(provider.name(), signer.providerName());
        byte[] message = "firma de prueba".getBytes(StandardCharsets.UTF_8);

        ContentSigner contentSigner = signer.contentSigner();
        contentSigner.getOutputStream().write(message);
        byte[] signature = contentSigner.getSignature();

        Signature jdk = Signature.getInstance("SHA256withRSA", "SunRsaSign");
        jdk.initVerify(caCertificate.getPublicKey());
        jdk.update(message);
        assertTrue(jdk.verify(signature), "the JDK verifies what " + provider.name() + " signed");
        jdk.initVerify(caCertificate.getPublicKey());
        jdk.update("otro mensaje".getBytes(StandardCharsets.UTF_8));
        assertFalse(jdk.verify(signature));
    }
}
