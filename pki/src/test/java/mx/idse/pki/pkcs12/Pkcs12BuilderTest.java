package mx.idse.pki.pkcs12;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Key;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import mx.idse.pki.testing.IssuedCredential;
import mx.idse.pki.testing.Openssl;
import mx.idse.pki.testing.TestPki;

class Pkcs12BuilderTest {

    private static final String PASSWORD = "Secreta2026abc";
    private static final Pkcs12Builder BUILDER = new Pkcs12Builder(10_000);
    private static TestPki pki;
    private static IssuedCredential rsa;
    private static Path dir;

    @BeforeAll
    static void issue() {
        pki = TestPki.create();
        rsa = IssuedCredential.issue(pki, TestPki.rsa(2048));
        dir = Openssl.workDirectory("pfx-");
    }

    @AfterAll
    static void cleanUp() throws IOException {
        Openssl.delete(dir);
    }

    @Test
    void opensslReadsItWithoutLegacyAndReportsPbes2Aes256AndSha256Mac() throws IOException {
        Openssl.assumePresent();
        Path pfx = write("info.pfx", build(rsa));
        String info = Openssl.ok("pkcs12", "-in", pfx.toString(), "-passin", "pass:" + PASSWORD, "-info", "-noout");
        assertTrue(info.contains("MAC: sha256, Iteration 10000"), info);
        assertTrue(info.contains("PKCS7 Encrypted data: PBES2, PBKDF2, AES-256-CBC, Iteration 10000, PRF hmacWithSHA256"), info);
        assertTrue(info.contains("Shrouded Keybag: PBES2, PBKDF2, AES-256-CBC, Iteration 10000, PRF hmacWithSHA256"), info);
        assertFalse(Openssl.run("pkcs12", "-in", pfx.toString(), "-passin", "pass:Otra2026abcdef", "-info", "-noout").ok());
    }

    @Test
    void opensslExtractsAKeyThatMatchesTheCertificate() throws IOException {
        Openssl.assumePresent();
        for (IssuedCredential credential : List.of(rsa, IssuedCredential.issue(pki, TestPki.ecP256()))) {
            String algorithm = credential.keys().getPublic().getAlgorithm();
            Path pfx = write(algorithm + ".pfx", build(credential));
            Path keyPem = dir.resolve(algorithm + "-key.pem");
            Path certPem = dir.resolve(algorithm + "-cert.pem");
            Openssl.ok("pkcs12", "-in", pfx.toString(), "-passin", "pass:" + PASSWORD, "-nodes", "-nocerts", "-out", keyPem.toString());
            Openssl.ok("pkcs12", "-in", pfx.toString(), "-passin", "pass:" + PASSWORD, "-clcerts", "-nokeys", "-out", certPem.toString());
            String keyPublic = Openssl.ok("pkey", "-in", keyPem.toString(), "-pubout");
            String certPublic = Openssl.ok("x509", "-in", certPem.toString(), "-noout", "-pubkey");
            assertEquals(certPublic, keyPublic, algorithm);
            String friendly = Openssl.ok("pkcs12", "-in", pfx.toString(), "-passin", "pass:" + PASSWORD, "-nodes", "-nocerts");
            assertTrue(friendly.contains("friendlyName: " + credential.certificate().getSerialNumber()), friendly);
            assertTrue(friendly.contains("localKeyID:"), friendly);
        }
    }

    @Test
    void opensslVerifiesTheCertificateAgainstTheChainInside() throws IOException {
        Openssl.assumePresent();
        Path pfx = write("chain.pfx", build(rsa));
        Path all = dir.resolve("all.pem");
        Openssl.ok("pkcs12", "-in", pfx.toString(), "-passin", "pass:" + PASSWORD, "-nokeys", "-out", all.toString());
        String certs = Files.readString(all);
        assertEquals(3, certs.split("-----BEGIN CERTIFICATE-----").length - 1, certs);
    }

    @Test
    void theJdkKeyStoreOpensIt() throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(new ByteArrayInputStream(build(rsa)), PASSWORD.toCharArray());
        List<String> aliases = Collections.list(store.aliases());
        assertEquals(1, aliases.size());
        Key key = store.getKey(aliases.get(0), PASSWORD.toCharArray());
        assertArrayEquals(rsa.keys().getPrivate().getEncoded(), key.getEncoded());
        Certificate[] chain = store.getCertificateChain(aliases.get(0));
        assertEquals(rsa.certificate(), chain[0]);
        assertEquals(3, chain.length);
    }

    @Test
    void refusesAnEmptyPasswordAndZeroIterations() {
        assertThrows(IllegalArgumentException.class, () -> new Pkcs12Builder(0));
        assertThrows(IllegalArgumentException.class, () -> BUILDER.build(rsa.keys().getPrivate(), rsa.certificate(),
                rsa.chain(), "x", new char[0]));
    }

    static byte[] build(IssuedCredential credential) {
        return BUILDER.build(credential.keys().getPrivate(), credential.certificate(), credential.chain(),
                credential.certificate().getSerialNumber().toString(), PASSWORD.toCharArray());
    }

    private static Path write(String name, byte[] content) throws IOException {
        return Files.write(dir.resolve(name), content);
    }
}
