package mx.idse.pki.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Optional;
import java.util.Set;

import org.bouncycastle.asn1.sec.SECObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class KeyPolicyTest {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final BigInteger F4 = BigInteger.valueOf(65537);
    private static java.security.interfaces.RSAPublicKey rsa2048;

    private final KeyPolicy policy = KeyPolicy.withDefaults();

    @BeforeAll
    static void generateOneGoodRsaKey() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048, RANDOM);
        rsa2048 = (java.security.interfaces.RSAPublicKey) generator.generateKeyPair().getPublic();
    }

    @Test
    void acceptsFreshRsa2048() {
        assertEquals(Optional.empty(), policy.check(rsa2048));
        assertEquals(Optional.empty(), policy.check(SubjectPublicKeyInfo.getInstance(rsa2048.getEncoded())));
    }

    @ParameterizedTest(name = "RSA-{0}")
    @ValueSource(ints = {1024, 2040, 4104})
    void refusesRsaOutsideTwoThousandToFourThousandBits(int bits) throws GeneralSecurityException {
        BigInteger p = BigInteger.probablePrime(bits / 2, RANDOM);
        BigInteger q = BigInteger.probablePrime(bits - bits / 2, RANDOM);
        assertRefused(rsa(p.multiply(q), F4), "bits");
    }

    @ParameterizedTest(name = "e={0}")
    @ValueSource(longs = {3, 17, 65539})
    void refusesExponentOtherThan65537(long exponent) throws GeneralSecurityException {
        assertRefused(rsa(rsa2048.getModulus(), BigInteger.valueOf(exponent)), "65537");
    }

    @Test
    void refusesEvenModulus() throws GeneralSecurityException {
        assertRefused(rsa(rsa2048.getModulus().add(BigInteger.ONE), F4), "par");
    }

    @ParameterizedTest(name = "factor {0}")
    @ValueSource(ints = {3, 7, 389, 751})
    void refusesModulusWithSmallPrimeFactor(int factor) throws GeneralSecurityException {
        BigInteger k = BigInteger.valueOf(factor);
        BigInteger p = BigInteger.probablePrime(2049 - k.bitLength(), RANDOM);
        assertRefused(rsa(k.multiply(p), F4), "factor primo pequeño");
    }

    @Test
    void smallFactorRuleStopsAt751() {
        // 757 is the first prime the small-factor rule does not try: a boundary, not a good key.
        BigInteger p = BigInteger.probablePrime(2049 - 10, RANDOM);
        BigInteger n = BigInteger.valueOf(757).multiply(p);
        assertFalse(RsaModulusChecks.hasSmallPrimeFactor(n));
    }

    @Test
    void refusesRocaVulnerableModulus() throws GeneralSecurityException {
        BigInteger m = RsaModulusChecks.rocaPrimesProduct();
        // A 1024-bit and a 1025-bit prime: the product always has at least 2048 bits.
        BigInteger n = rocaPrime(m, 1024).multiply(rocaPrime(m, 1025));
        assertTrue(n.bitLength() >= 2048);
        assertRefused(rsa(n, F4), "ROCA");
    }

    @Test
    void refusesFermatFactorableModulus() throws GeneralSecurityException {
        BigInteger n;
        do {
            BigInteger p = BigInteger.probablePrime(1024, RANDOM);
            n = p.multiply(p.nextProbablePrime());
        } while (n.bitLength() < 2048);
        assertRefused(rsa(n, F4), "demasiado cerca");
    }

    @Test
    void fermatCheckAgreesWithTheNaiveSearchOnRandomModuli() {
        for (int i = 0; i < 20; i++) {
            BigInteger n = BigInteger.probablePrime(512, RANDOM).multiply(BigInteger.probablePrime(512, RANDOM));
            assertEquals(naiveFermat(n, 100), RsaModulusChecks.isFermatFactorable(n, 100));
        }
    }

    /** The same search without the residue filter: the reference the fast one must agree with. */
    private static boolean naiveFermat(BigInteger n, int rounds) {
        BigInteger a = n.sqrt();
        if (a.multiply(a).compareTo(n) < 0) {
            a = a.add(BigInteger.ONE);
        }
        for (int round = 0; round < rounds; round++, a = a.add(BigInteger.ONE)) {
            BigInteger b2 = a.multiply(a).subtract(n);
            BigInteger b = b2.sqrt();
            if (b.multiply(b).equals(b2)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void fermatCheckFindsPerfectSquares() {
        BigInteger p = BigInteger.probablePrime(1024, RANDOM);
        assertTrue(RsaModulusChecks.isFermatFactorable(p.multiply(p), 1));
    }

    @Test
    void fermatCheckFindsFactorsSeveralRoundsIn() {
        BigInteger u = BigInteger.probablePrime(1024, RANDOM);
        // n = u * (u + 2d) with d = k * 2^512 needs about k^2 rounds from ceil(sqrt(n)).
        for (int k = 1; k <= 6; k++) {
            BigInteger n = u.multiply(u.add(BigInteger.ONE.shiftLeft(513).multiply(BigInteger.valueOf(k))));
            assertTrue(RsaModulusChecks.isFermatFactorable(n, RsaModulusChecks.FERMAT_ROUNDS), "gap k=" + k);
        }
    }

    @Test
    void squareFilterNeverRulesOutASquare() {
        for (long i = 0; i < 200_000; i++) {
            assertTrue(RsaModulusChecks.mayBeSquare(BigInteger.valueOf(i * i)), "square of " + i);
        }
        for (int i = 0; i < 1_000; i++) {
            BigInteger x = new BigInteger(1024, RANDOM);
            assertTrue(RsaModulusChecks.mayBeSquare(x.multiply(x)));
        }
    }

    @Test
    void squareFilterRulesOutMostNonSquares() {
        int passed = 0;
        for (int i = 0; i < 10_000; i++) {
            BigInteger x = new BigInteger(1024, RANDOM);
            BigInteger root = x.sqrt();
            if (!root.multiply(root).equals(x) && RsaModulusChecks.mayBeSquare(x)) {
                passed++;
            }
        }
        assertTrue(passed < 300, passed + " of 10,000 non-squares passed the filter; about 1% expected");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"secp256r1", "secp384r1"})
    void acceptsEcP256AndP384(String curve) throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec(curve), RANDOM);
        assertEquals(Optional.empty(), policy.check(generator.generateKeyPair().getPublic()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"secp256k1, Curva", "secp521r1, Curva", "brainpoolP256r1, Curva"})
    void refusesOtherCurves(String curve, String expectedWords) throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", new BouncyCastleProvider());
        generator.initialize(new ECGenParameterSpec(curve), RANDOM);
        assertRefused(generator.generateKeyPair().getPublic(), expectedWords);
    }

    @Test
    void refusesEcPointOffTheCurve() {
        byte[] point = new byte[65];
        point[0] = 0x04;
        point[64] = 1; // x = 0, y = 1 is not on P-256
        SubjectPublicKeyInfo spki = new SubjectPublicKeyInfo(
                new AlgorithmIdentifier(X9ObjectIdentifiers.id_ecPublicKey, SECObjectIdentifiers.secp256r1), point);
        assertTrue(policy.check(spki).orElse("").contains("punto"), () -> String.valueOf(policy.check(spki)));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Ed25519", "X25519", "DSA"})
    void refusesOtherAlgorithms(String algorithm) throws GeneralSecurityException {
        PublicKey key = KeyPairGenerator.getInstance(algorithm).generateKeyPair().getPublic();
        assertRefused(key, "Algoritmo");
    }

    @Test
    void refusesBlockedSpkiAndAcceptsOthers() throws Exception {
        String hash = KeyPolicy.spkiSha256Hex(SubjectPublicKeyInfo.getInstance(rsa2048.getEncoded()));
        KeyPolicy blocking = new KeyPolicy(Set.of(hash.toUpperCase()));
        assertTrue(blocking.check(rsa2048).orElse("").contains("comprometidas"));
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"), RANDOM);
        assertEquals(Optional.empty(), blocking.check(generator.generateKeyPair().getPublic()));
    }

    @Test
    void randomModulusHasNoRocaFingerprint() {
        assertFalse(RsaModulusChecks.hasRocaFingerprint(rsa2048.getModulus()));
    }

    /** p = k*M + (65537^a mod M), as Infineon's generator made them. */
    private static BigInteger rocaPrime(BigInteger m, int bits) {
        while (true) {
            BigInteger k = new BigInteger(bits - m.bitLength() + 1, RANDOM);
            BigInteger a = new BigInteger(32, RANDOM);
            BigInteger p = k.multiply(m).add(F4.modPow(a, m));
            if (p.bitLength() == bits && p.isProbablePrime(40)) {
                return p;
            }
        }
    }

    private static PublicKey rsa(BigInteger modulus, BigInteger exponent) throws GeneralSecurityException {
        return KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(modulus, exponent));
    }

    private void assertRefused(PublicKey key, String expectedWords) {
        Optional<String> problem = policy.check(key);
        assertTrue(problem.orElse("").contains(expectedWords), () -> "got " + problem);
    }
}
