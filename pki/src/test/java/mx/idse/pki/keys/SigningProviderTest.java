package mx.idse.pki.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.amazon.corretto.crypto.provider.AmazonCorrettoCryptoProvider;

class SigningProviderTest {

    private static KeyPair keys;

    @BeforeAll
    static void makeKey() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        keys = generator.generateKeyPair();
    }

    @Test
    void selectedProviderSignsWhatTheJdkVerifies() throws Exception {
        SigningProvider provider = SigningProvider.fastest();
        assertSignsAndVerifies(provider);
    }

    @Test
    void usesAccpWhenItsNativeLibraryLoads() {
        SigningProvider provider = SigningProvider.choose(AmazonCorrettoCryptoProvider.INSTANCE, null);
        assertEquals(AmazonCorrettoCryptoProvider.PROVIDER_NAME, provider.name());
        assertTrue(provider.fallbackReason().isEmpty());
    }

    @Test
    void fallsBackToTheJdkProviderWhenAccpDoesNotLoad() throws Exception {
        SigningProvider provider = SigningProvider.choose(AmazonCorrettoCryptoProvider.INSTANCE,
                new UnsatisfiedLinkError("no amazonCorrettoCryptoProvider in java.library.path"));

        assertEquals("SunRsaSign", provider.name());
        assertTrue(provider.fallbackReason().orElseThrow().contains("UnsatisfiedLinkError"));
        assertSignsAndVerifies(provider);
    }

    private static void assertSignsAndVerifies(SigningProvider provider) throws Exception {
        byte[] message = "firma de prueba".getBytes(StandardCharsets.UTF_8);
        Signature signer = Signature.getInstance("SHA256withRSA", provider.provider());
        signer.initSign(keys.getPrivate());
        signer.update(message);
        byte[] signature = signer.sign();

        Signature jdk = Signature.getInstance("SHA256withRSA", "SunRsaSign");
        jdk.initVerify(keys.getPublic());
        jdk.update(message);
        assertTrue(jdk.verify(signature), "the JDK verifies what " + provider.name() + " signed");
        jdk.initVerify(keys.getPublic());
        jdk.update("otro mensaje".getBytes(StandardCharsets.UTF_8));
        assertFalse(jdk.verify(signature));
    }
}
