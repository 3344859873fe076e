package mx.idse.pki.keys;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;

/**
 * Whether a private key belongs to a public key (a certificate's). Comparing numbers is not
 * enough: anyone holding the certificate can write a PKCS#8 with its RSA modulus and a made-up
 * exponent, so the key must sign a random message that the public key verifies (proof of
 * possession). Call it only with a public key that passed {@link KeyPolicy} (a certificate this
 * CA issued), which bounds the cost of the signature: the modulus of the private key must be
 * equal, so it is as large as the public key's.
 */
public final class KeyMatch {

    private static final SecureRandom RANDOM = new SecureRandom();

    private KeyMatch() {
    }

    public static boolean matches(PrivateKey privateKey, PublicKey publicKey) {
        String algorithm = signatureAlgorithm(privateKey, publicKey);
        if (algorithm == null) {
            return false;
        }
        byte[] message = new byte[32];
        RANDOM.nextBytes(message);
        try {
            Signature signer = Signature.getInstance(algorithm);
            signer.initSign(privateKey);
            signer.update(message);
            byte[] signature = signer.sign();
            Signature verifier = Signature.getInstance(algorithm);
            verifier.initVerify(publicKey);
            verifier.update(message);
            return verifier.verify(signature);
        } catch (GeneralSecurityException | RuntimeException e) {
            return false; // a key the provider cannot use matches nothing
        }
    }

    /** The algorithm to test with, or null when the two keys cannot be a pair (cheap checks first). */
    private static String signatureAlgorithm(PrivateKey privateKey, PublicKey publicKey) {
        if (privateKey instanceof RSAPrivateKey rsaPrivate && publicKey instanceof RSAPublicKey rsaPublic) {
            return rsaPrivate.getModulus().equals(rsaPublic.getModulus()) ? "SHA256withRSA" : null;
        }
        if (privateKey instanceof ECPrivateKey ecPrivate && publicKey instanceof ECPublicKey ecPublic) {
            boolean sameCurve = ecPrivate.getParams().getCurve().equals(ecPublic.getParams().getCurve())
                    && ecPrivate.getParams().getOrder().equals(ecPublic.getParams().getOrder());
            return sameCurve ? "SHA256withECDSA" : null;
        }
        return null;
    }
}
