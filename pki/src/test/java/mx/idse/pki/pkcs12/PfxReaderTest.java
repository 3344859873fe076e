package mx.idse.pki.pkcs12;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.List;

import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.pkcs.CertBag;
import org.bouncycastle.asn1.pkcs.SafeBag;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.MacData;
import org.bouncycastle.asn1.pkcs.PBES2Parameters;
import org.bouncycastle.asn1.pkcs.PBKDF2Params;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.Pfx;
import org.bouncycastle.asn1.pkcs.KeyDerivationFunc;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.operator.GenericKey;
import org.bouncycastle.operator.OutputEncryptor;
import org.bouncycastle.pkcs.PKCS12PfxPduBuilder;
import org.bouncycastle.pkcs.PKCS12SafeBag;
import org.bouncycastle.pkcs.bc.BcPKCS12MacCalculatorBuilder;
import org.bouncycastle.pkcs.jcajce.JcaPKCS12SafeBagBuilder;
import org.bouncycastle.pkcs.jcajce.JcePKCSPBEOutputEncryptorBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import mx.idse.pki.keys.BcProvider;
import mx.idse.pki.keys.KeyPolicy;
import mx.idse.pki.pbe.KdfLimits;
import mx.idse.pki.pbe.RefusedParametersException;
import mx.idse.pki.pbe.UnreadableCredentialException;
import mx.idse.pki.testing.IssuedCredential;
import mx.idse.pki.testing.Openssl;
import mx.idse.pki.testing.TestPki;

class PfxReaderTest {

    private static final String PASSWORD = "Secreta2026abc";
    private static final PfxReader READER = new PfxReader(KdfLimits.DEFAULT, KeyPolicy.withDefaults());
    private static TestPki pki;
    private static IssuedCredential rsa;
    private static Path dir;

    @BeforeAll
    static void issue() {
        pki = TestPki.create();
        rsa = IssuedCredential.issue(pki, TestPki.rsa(2048));
        dir = Openssl.workDirectory("pfxread-");
        TestPki.write(dir, "key.pem", rsa.keys().getPrivate());
        TestPki.write(dir, "cert.pem", rsa.certificate());
        TestPki.write(dir, "issuing.pem", pki.issuing);
    }

    @AfterAll
    static void cleanUp() throws IOException {
        Openssl.delete(dir);
    }

    @Test
    void roundTripsWithPkcs12Builder() throws Exception {
        for (IssuedCredential credential : List.of(rsa, IssuedCredential.issue(pki, TestPki.ecP256()))) {
            PfxContents contents = READER.read(Pkcs12BuilderTest.build(credential), PASSWORD.toCharArray());
            assertEquals(credential.certificate(), contents.certificate());
            assertEquals(credential.keys().getPrivate().getAlgorithm(), contents.privateKey().getAlgorithm());
            assertEquals(credential.chain(), contents.otherCertificates());
            assertTrue(contents.toString().contains("<redacted>"));
        }
    }

    @Test
    void opensAnOpensslExportWithDefaultSettings() throws Exception {
        Openssl.assumePresent();
        Path pfx = dir.resolve("openssl.pfx");
        Openssl.ok("pkcs12", "-export", "-inkey", file("key.pem"), "-in", file("cert.pem"), "-certfile", file("issuing.pem"),
                "-passout", "pass:" + PASSWORD, "-out", pfx.toString());
        PfxContents contents = READER.read(Files.readAllBytes(pfx), PASSWORD.toCharArray());
        assertEquals(rsa.certificate(), contents.certificate());
        assertEquals(List.of(pki.issuing), contents.otherCertificates());
    }

    @Test
    void opensALegacyTripleDesExport() throws Exception {
        Openssl.assumePresent();
        Path pfx = dir.resolve("legacy.pfx");
        // What Windows' "TripleDES-SHA1" export writes: 3DES for both, SHA-1 MAC.
        Openssl.ok("pkcs12", "-export", "-inkey", file("key.pem"), "-in", file("cert.pem"), "-keypbe", "PBE-SHA1-3DES",
                "-certpbe", "PBE-SHA1-3DES", "-macalg", "sha1", "-passout", "pass:" + PASSWORD, "-out", pfx.toString());
        assertEquals(rsa.certificate(), READER.read(Files.readAllBytes(pfx), PASSWORD.toCharArray()).certificate());
    }

    @Test
    void wrongPasswordGarbageAndTruncationAreTheGenericFailure() {
        byte[] pfx = Pkcs12BuilderTest.build(rsa);
        byte[] random = new byte[3000];
        new SecureRandom().nextBytes(random);
        List<byte[]> files = List.of(pfx, random, Arrays.copyOf(pfx, pfx.length / 2), new byte[0]);
        List<String> passwords = List.of("Otra2026abcdef", PASSWORD, PASSWORD, PASSWORD);
        for (int i = 0; i < files.size(); i++) {
            byte[] file = files.get(i);
            char[] password = passwords.get(i).toCharArray();
            var e = assertThrows(UnreadableCredentialException.class, () -> READER.read(file, password), "case " + i);
            assertEquals(UnreadableCredentialException.MESSAGE, e.getMessage());
        }
    }

    @Test
    @Timeout(60) // a guard against deriving 2^31 iterations, not a speed assertion
    void refusesAHugeMacIterationCountBeforeDeriving() throws Exception {
        Pfx pfx = Pfx.getInstance(ASN1Primitive.fromByteArray(Pkcs12BuilderTest.build(rsa)));
        MacData mac = pfx.getMacData();
        byte[] huge = new Pfx(pfx.getAuthSafe(), new MacData(mac.getMac(), mac.getSalt(), Integer.MAX_VALUE)).getEncoded();
        var e = assertThrows(RefusedParametersException.class, () -> READER.read(huge, PASSWORD.toCharArray()));
        assertTrue(e.getMessage().contains("2147483647"), e.getMessage());
    }

    @Test
    @Timeout(60)
    void refusesAHugeKeyBagIterationCountBeforeDeriving() throws Exception {
        PKCS12PfxPduBuilder builder = new PKCS12PfxPduBuilder();
        builder.addEncryptedData(encryptor(), new PKCS12SafeBag[] {new JcaPKCS12SafeBagBuilder(rsa.certificate()).build()});
        builder.addData(new JcaPKCS12SafeBagBuilder(rsa.keys().getPrivate(), claimingIterations(encryptor(), Integer.MAX_VALUE)).build());
        byte[] pfx = builder.build(mac(), PASSWORD.toCharArray()).getEncoded();
        assertThrows(RefusedParametersException.class, () -> READER.read(pfx, PASSWORD.toCharArray()));
    }

    @Test
    void refusesAFileWithoutMacOrWithTooManyDerivations() throws Exception {
        PKCS12PfxPduBuilder noMac = new PKCS12PfxPduBuilder();
        noMac.addData(new JcaPKCS12SafeBagBuilder(rsa.keys().getPrivate(), encryptor()).build());
        byte[] withoutMac = noMac.build(null, PASSWORD.toCharArray()).getEncoded();
        assertThrows(RefusedParametersException.class, () -> READER.read(withoutMac, PASSWORD.toCharArray()));

        PKCS12PfxPduBuilder many = new PKCS12PfxPduBuilder();
        for (int i = 0; i < PfxReader.MAX_DERIVATIONS; i++) {
            many.addEncryptedData(encryptor(), new PKCS12SafeBag[] {new JcaPKCS12SafeBagBuilder(rsa.certificate()).build()});
        }
        byte[] tooMany = many.build(mac(), PASSWORD.toCharArray()).getEncoded();
        assertThrows(RefusedParametersException.class, () -> READER.read(tooMany, PASSWORD.toCharArray()));
    }

    @Test
    void aKeyWithoutItsCertificateIsTheGenericFailure() throws Exception {
        IssuedCredential other = IssuedCredential.issue(pki, TestPki.rsa(2048));
        PKCS12PfxPduBuilder builder = new PKCS12PfxPduBuilder();
        builder.addEncryptedData(encryptor(), new PKCS12SafeBag[] {new JcaPKCS12SafeBagBuilder(other.certificate()).build()});
        builder.addData(new JcaPKCS12SafeBagBuilder(rsa.keys().getPrivate(), encryptor()).build());
        byte[] pfx = builder.build(mac(), PASSWORD.toCharArray()).getEncoded();
        assertThrows(UnreadableCredentialException.class, () -> READER.read(pfx, PASSWORD.toCharArray()));
    }

    @Test
    void aMalformedCertBagIsTheGenericFailureNotAnException() throws Exception {
        // A certBag that says x509Certificate but holds no certificate, in a plain (data) safe.
        SafeBag garbage = new SafeBag(PKCSObjectIdentifiers.certBag,
                new CertBag(PKCSObjectIdentifiers.x509Certificate, new DEROctetString("no es un certificado".getBytes())));
        PKCS12PfxPduBuilder builder = new PKCS12PfxPduBuilder();
        builder.addData(new PKCS12SafeBag(garbage));
        builder.addData(new JcaPKCS12SafeBagBuilder(rsa.keys().getPrivate(), encryptor()).build());
        byte[] pfx = builder.build(mac(), PASSWORD.toCharArray()).getEncoded();

        assertThrows(UnreadableCredentialException.class, () -> READER.read(pfx, PASSWORD.toCharArray()));
    }

    @Test
    void refusesAnOversizedFileUnread() {
        assertThrows(RefusedParametersException.class,
                () -> READER.read(new byte[PfxReader.MAX_BYTES + 1], PASSWORD.toCharArray()));
    }

    private static OutputEncryptor encryptor() throws Exception {
        return new JcePKCSPBEOutputEncryptorBuilder(NISTObjectIdentifiers.id_aes256_CBC).setProvider(BcProvider.INSTANCE)
                .setPRF(new AlgorithmIdentifier(PKCSObjectIdentifiers.id_hmacWithSHA256, DERNull.INSTANCE))
                .setIterationCount(1000).build(PASSWORD.toCharArray());
    }

    private static BcPKCS12MacCalculatorBuilder mac() {
        return new BcPKCS12MacCalculatorBuilder(new SHA256Digest(),
                new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256, DERNull.INSTANCE)).setIterationCount(1000);
    }

    /** Encrypts with 1,000 iterations but writes another count in the file, as a hostile uploader could. */
    private static OutputEncryptor claimingIterations(OutputEncryptor real, int claimed) {
        PBES2Parameters pbes2 = PBES2Parameters.getInstance(real.getAlgorithmIdentifier().getParameters());
        PBKDF2Params kdf = PBKDF2Params.getInstance(pbes2.getKeyDerivationFunc().getParameters());
        AlgorithmIdentifier lie = new AlgorithmIdentifier(PKCSObjectIdentifiers.id_PBES2, new PBES2Parameters(
                new KeyDerivationFunc(PKCSObjectIdentifiers.id_PBKDF2, new PBKDF2Params(kdf.getSalt(), claimed, kdf.getPrf())),
                pbes2.getEncryptionScheme()));
        return new OutputEncryptor() {
            @Override
            public AlgorithmIdentifier getAlgorithmIdentifier() {
                return lie;
            }

            @Override
            public OutputStream getOutputStream(OutputStream out) {
                return real.getOutputStream(out);
            }

            @Override
            public GenericKey getKey() {
                return real.getKey();
            }
        };
    }

    private static String file(String name) {
        return dir.resolve(name).toString();
    }
}
