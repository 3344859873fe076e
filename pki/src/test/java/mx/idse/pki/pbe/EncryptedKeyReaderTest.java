package mx.idse.pki.pbe;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.util.Arrays;

import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.misc.MiscObjectIdentifiers;
import org.bouncycastle.asn1.misc.ScryptParams;
import org.bouncycastle.asn1.pkcs.EncryptedPrivateKeyInfo;
import org.bouncycastle.asn1.pkcs.KeyDerivationFunc;
import org.bouncycastle.asn1.pkcs.PBES2Parameters;
import org.bouncycastle.asn1.pkcs.PBKDF2Params;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.util.io.pem.PemObject;
import org.bouncycastle.util.io.pem.PemReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import mx.idse.pki.keys.GeneratedKeyPair;
import mx.idse.pki.keys.KeyGenerator;
import mx.idse.pki.testing.Openssl;

class EncryptedKeyReaderTest {

    private static final String PASSWORD = "Secreta2026abc";
    private static final EncryptedKeyReader READER = new EncryptedKeyReader(KdfLimits.DEFAULT);
    private static GeneratedKeyPair generated;
    private static Path dir;

    @BeforeAll
    static void generate() {
        generated = new KeyGenerator(10_000).generate(new X500Name("CN=Prueba"), PASSWORD.toCharArray());
        dir = Openssl.workDirectory("keys-");
    }

    @AfterAll
    static void cleanUp() throws IOException {
        Openssl.delete(dir);
    }

    @Test
    void opensTheKeyGeneratorOutputWithItsPassword() throws Exception {
        PrivateKey key = READER.read(bytes(generated.encryptedPrivateKeyPem()), PASSWORD.toCharArray());
        assertEquals("RSA", key.getAlgorithm());
    }

    @Test
    void anotherPasswordIsTheGenericFailure() {
        var e = assertThrows(UnreadableCredentialException.class,
                () -> READER.read(bytes(generated.encryptedPrivateKeyPem()), "Otra2026abcdef".toCharArray()));
        assertEquals(UnreadableCredentialException.MESSAGE, e.getMessage());
    }

    @Test
    void opensAnOpensslPkcs8KeyInPemAndDer() throws Exception {
        Openssl.assumePresent();
        String plain = file("ec.pem");
        Openssl.ok("genpkey", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-256", "-out", plain);
        Openssl.ok("pkcs8", "-topk8", "-v2", "aes-256-cbc", "-in", plain, "-out", file("ec.key"), "-passout", "pass:" + PASSWORD);
        Openssl.ok("pkcs8", "-topk8", "-v2", "aes-256-cbc", "-in", plain, "-outform", "DER", "-out", file("ec.der"),
                "-passout", "pass:" + PASSWORD);
        PrivateKey fromPem = READER.read(Files.readAllBytes(dir.resolve("ec.key")), PASSWORD.toCharArray());
        PrivateKey fromDer = READER.read(Files.readAllBytes(dir.resolve("ec.der")), PASSWORD.toCharArray());
        assertEquals("EC", fromPem.getAlgorithm());
        assertArrayEquals(fromPem.getEncoded(), fromDer.getEncoded());
    }

    @Test
    void opensAnOpensslScryptKey() throws Exception {
        Openssl.assumePresent();
        byte[] scrypt = opensslScryptKey("scrypt.key");
        assertEquals("EC", READER.read(scrypt, PASSWORD.toCharArray()).getAlgorithm());
    }

    @Test
    @Timeout(60) // a guard against deriving 2^31 iterations, not a speed assertion
    void refusesAHugeIterationCountBeforeDeriving() {
        byte[] huge = withKdf(generated.encryptedPrivateKeyPem(), kdf -> {
            PBKDF2Params p = PBKDF2Params.getInstance(kdf.getParameters());
            return new KeyDerivationFunc(PKCSObjectIdentifiers.id_PBKDF2,
                    new PBKDF2Params(p.getSalt(), Integer.MAX_VALUE, p.getPrf()));
        });
        var e = assertThrows(RefusedParametersException.class, () -> READER.read(huge, PASSWORD.toCharArray()));
        assertTrue(e.getMessage().contains("2147483647"), e.getMessage());
    }

    @Test
    @Timeout(60)
    void refusesAnExpensiveScryptBeforeDeriving() throws Exception {
        Openssl.assumePresent();
        String pem = new String(opensslScryptKey("scrypt-big.key"), StandardCharsets.US_ASCII);
        byte[] expensive = withKdf(pem, kdf -> {
            ScryptParams p = ScryptParams.getInstance(kdf.getParameters());
            return new KeyDerivationFunc(MiscObjectIdentifiers.id_scrypt,
                    new ScryptParams(p.getSalt(), BigInteger.ONE.shiftLeft(24), BigInteger.valueOf(8), BigInteger.ONE, p.getKeyLength()));
        });
        assertThrows(RefusedParametersException.class, () -> READER.read(expensive, PASSWORD.toCharArray()));
    }

    @Test
    void refusesOtherCiphersAndPbes1() throws Exception {
        Openssl.assumePresent();
        String plain = file("rsa.pem");
        Openssl.ok("genpkey", "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:2048", "-out", plain);
        Openssl.ok("pkcs8", "-topk8", "-v2", "des3", "-in", plain, "-out", file("des3.key"), "-passout", "pass:" + PASSWORD);
        Openssl.ok("pkcs8", "-topk8", "-v1", "PBE-SHA1-3DES", "-in", plain, "-out", file("pbes1.key"), "-passout", "pass:" + PASSWORD);
        for (String name : new String[] {"des3.key", "pbes1.key"}) {
            byte[] key = Files.readAllBytes(dir.resolve(name));
            assertThrows(RefusedParametersException.class, () -> READER.read(key, PASSWORD.toCharArray()), name);
        }
    }

    @Test
    void garbageTruncatedAndUnencryptedKeysAreTheGenericFailure() throws Exception {
        byte[] pem = bytes(generated.encryptedPrivateKeyPem());
        byte[] der = pemContent(generated.encryptedPrivateKeyPem());
        byte[] random = new byte[1200];
        new SecureRandom().nextBytes(random);
        byte[][] unreadable = {
            random,
            Arrays.copyOf(pem, pem.length / 2),
            Arrays.copyOf(der, der.length - 10),
            bytes("-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIA==\n-----END PRIVATE KEY-----\n"),
            bytes(generated.csrPem()),
            bytes(generated.encryptedPrivateKeyPem() + generated.encryptedPrivateKeyPem()),
            new byte[0],
        };
        for (byte[] file : unreadable) {
            var e = assertThrows(UnreadableCredentialException.class, () -> READER.read(file, PASSWORD.toCharArray()));
            assertEquals(UnreadableCredentialException.MESSAGE, e.getMessage());
        }
    }

    @Test
    void refusesAnOversizedFileUnread() {
        assertThrows(RefusedParametersException.class,
                () -> READER.read(new byte[EncryptedKeyReader.MAX_BYTES + 1], PASSWORD.toCharArray()));
    }

    private static byte[] opensslScryptKey(String name) throws IOException {
        String plain = file(name + ".plain");
        Openssl.ok("genpkey", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-256", "-out", plain);
        Openssl.ok("pkcs8", "-topk8", "-scrypt", "-in", plain, "-out", file(name), "-passout", "pass:" + PASSWORD);
        return Files.readAllBytes(dir.resolve(name));
    }

    /** The same encrypted key with its KDF parameters rewritten: the ciphertext is untouched. */
    private static byte[] withKdf(String pem, java.util.function.UnaryOperator<KeyDerivationFunc> change) {
        try {
            EncryptedPrivateKeyInfo info = EncryptedPrivateKeyInfo.getInstance(ASN1Primitive.fromByteArray(pemContent(pem)));
            PBES2Parameters pbes2 = PBES2Parameters.getInstance(info.getEncryptionAlgorithm().getParameters());
            ASN1Encodable params = new PBES2Parameters(change.apply(pbes2.getKeyDerivationFunc()), pbes2.getEncryptionScheme());
            return new EncryptedPrivateKeyInfo(new AlgorithmIdentifier(PKCSObjectIdentifiers.id_PBES2, params),
                    info.getEncryptedData()).getEncoded();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] pemContent(String pem) throws IOException {
        try (PemReader reader = new PemReader(new java.io.StringReader(pem))) {
            PemObject object = reader.readPemObject();
            return object.getContent();
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static String file(String name) {
        return dir.resolve(name).toString();
    }
}
