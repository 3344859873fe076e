package mx.idse.pki.keys;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.RSAPrivateKeySpec;

import org.junit.jupiter.api.Test;

import mx.idse.pki.testing.TestPki;

class KeyMatchTest {

    private static final KeyPair RSA = TestPki.rsa(2048);
    private static final KeyPair EC = TestPki.ecP256();

    @Test
    void aKeyMatchesItsOwnPublicKey() {
        assertTrue(KeyMatch.matches(RSA.getPrivate(), RSA.getPublic()));
        assertTrue(KeyMatch.matches(EC.getPrivate(), EC.getPublic()));
    }

    @Test
    void otherKeysAndOtherAlgorithmsDoNotMatch() {
        assertFalse(KeyMatch.matches(TestPki.rsa(2048).getPrivate(), RSA.getPublic()));
        assertFalse(KeyMatch.matches(TestPki.ecP256().getPrivate(), EC.getPublic()));
        assertFalse(KeyMatch.matches(EC.getPrivate(), RSA.getPublic()));
    }

    @Test
    void aForgedKeyWithTheCertificatesModulusDoesNotMatch() throws Exception {
        BigInteger modulus = ((RSAPublicKey) RSA.getPublic()).getModulus();
        PrivateKey forged = KeyFactory.getInstance("RSA")
                .generatePrivate(new RSAPrivateKeySpec(modulus, BigInteger.valueOf(123456789)));
        assertFalse(KeyMatch.matches(forged, RSA.getPublic()));
    }
}
