package mx.idse.pki.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PBES2Parameters;
import org.bouncycastle.asn1.pkcs.PBKDF2Params;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8DecryptorProviderBuilder;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class KeyGeneratorTest {

    private static final X500Name SUBJECT = new X500Name("CN=María Ñúñez,O=Ejemplo SA de CV");
    private static final String PASSWORD = "Secreta2026abc";
    private static final int ITERATIONS = 10_000;
    private static GeneratedKeyPair generated;
    private static Path workDir;

    @BeforeAll
    static void generate() throws Exception {
        generated = new KeyGenerator(ITERATIONS).generate(SUBJECT, PASSWORD.toCharArray());
        // Under target/ (next to test-classes), never in the shared /tmp.
        Path target = Path.of(KeyGeneratorTest.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getParent();
        workDir = Files.createTempDirectory(target, "keygen-");
        Files.writeString(workDir.resolve("key.pem"), generated.encryptedPrivateKeyPem());
        Files.writeString(workDir.resolve("csr.pem"), generated.csrPem());
    }

    @AfterAll
    static void deleteFiles() throws IOException {
        try (Stream<Path> files = Files.walk(workDir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    @Test
    void csrPassesCsrReaderAndKeyPolicy() throws Exception {
        PKCS10CertificationRequest csr = CsrReader.read(generated.csrPem());
        assertEquals(SUBJECT, csr.getSubject());
        RSAPublicKey key = (RSAPublicKey) new JcaPKCS10CertificationRequest(csr).getPublicKey();
        assertEquals(2048, key.getModulus().bitLength());
        assertEquals(Optional.empty(), KeyPolicy.withDefaults().check(key));
    }

    @Test
    void privateKeyDecryptsWithThePasswordAndMatchesTheCsr() throws Exception {
        RSAPrivateCrtKey privateKey = (RSAPrivateCrtKey) decrypt(PASSWORD);
        RSAPublicKey publicKey = (RSAPublicKey) new JcaPKCS10CertificationRequest(
                CsrReader.read(generated.csrPem())).getPublicKey();
        assertEquals(publicKey.getModulus(), privateKey.getModulus());
    }

    @Test
    void privateKeyDoesNotDecryptWithAnotherPassword() {
        assertThrows(Exception.class, () -> decrypt("Otra2026abcdef"));
    }

    @Test
    void privateKeyUsesPbes2WithAes256AndHmacSha256() throws Exception {
        PKCS8EncryptedPrivateKeyInfo info = encryptedInfo();
        assertTrue(generated.encryptedPrivateKeyPem().startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----"));
        assertEquals(PKCSObjectIdentifiers.id_PBES2, info.getEncryptionAlgorithm().getAlgorithm());
        PBES2Parameters pbes2 = PBES2Parameters.getInstance(info.getEncryptionAlgorithm().getParameters());
        assertEquals(NISTObjectIdentifiers.id_aes256_CBC, pbes2.getEncryptionScheme().getAlgorithm());
        PBKDF2Params kdf = PBKDF2Params.getInstance(pbes2.getKeyDerivationFunc().getParameters());
        assertEquals(PKCSObjectIdentifiers.id_hmacWithSHA256, kdf.getPrf().getAlgorithm());
        assertEquals(ITERATIONS, kdf.getIterationCount().intValue());
    }

    @Test
    void opensslOpensTheKeyWithThePassword() throws Exception {
        assumeOpenssl();
        assertEquals(0, openssl("pkey", "-in", file("key.pem"), "-passin", "pass:" + PASSWORD, "-noout"));
    }

    @Test
    void opensslRefusesTheKeyWithAnotherPassword() throws Exception {
        assumeOpenssl();
        assertNotEquals(0, openssl("pkey", "-in", file("key.pem"), "-passin", "pass:Otra2026abcdef", "-noout"));
    }

    @Test
    void opensslVerifiesTheCsr() throws Exception {
        assumeOpenssl();
        assertEquals(0, openssl("req", "-in", file("csr.pem"), "-verify", "-noout"));
    }

    @Test
    void eachCallMakesANewKey() {
        GeneratedKeyPair other = new KeyGenerator(1).generate(SUBJECT, PASSWORD.toCharArray());
        assertNotEquals(generated.csrPem(), other.csrPem());
    }

    @Test
    void toStringHidesThePrivateKey() {
        assertFalse(generated.toString().contains(generated.encryptedPrivateKeyPem()));
    }

    @Test
    void refusesEmptyPasswordAndZeroIterations() {
        assertThrows(IllegalArgumentException.class, () -> new KeyGenerator(0));
        assertThrows(IllegalArgumentException.class, () -> new KeyGenerator(1).generate(SUBJECT, new char[0]));
    }

    private static java.security.PrivateKey decrypt(String password) throws Exception {
        var decryptor = new JceOpenSSLPKCS8DecryptorProviderBuilder().setProvider(BcProvider.INSTANCE).build(password.toCharArray());
        var keyInfo = encryptedInfo().decryptPrivateKeyInfo(decryptor);
        return new JcaPEMKeyConverter().getPrivateKey(keyInfo);
    }

    private static PKCS8EncryptedPrivateKeyInfo encryptedInfo() throws IOException {
        try (PEMParser parser = new PEMParser(new StringReader(generated.encryptedPrivateKeyPem()))) {
            return assertInstanceOf(PKCS8EncryptedPrivateKeyInfo.class, parser.readObject());
        }
    }

    private static String file(String name) {
        return workDir.resolve(name).toString();
    }

    private static void assumeOpenssl() {
        boolean present;
        try {
            present = run(List.of("openssl", "version")) == 0;
        } catch (IOException | InterruptedException e) {
            present = false;
        }
        Assumptions.assumeTrue(present, "openssl is not installed");
    }

    private static int openssl(String... args) throws IOException, InterruptedException {
        return run(Stream.concat(Stream.of("openssl"), Stream.of(args)).toList());
    }

    private static int run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("openssl did not finish: " + output);
        }
        return process.exitValue();
    }
}
