package mx.idse.pki.challenge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;

import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import mx.idse.pki.challenge.InvalidChallengeSignatureException.Reason;
import mx.idse.pki.keys.BcProvider;
import mx.idse.pki.keys.KeyPolicy;
import mx.idse.pki.testing.IssuedCredential;
import mx.idse.pki.testing.Openssl;
import mx.idse.pki.testing.TestPki;

class ChallengeSignatureVerifierTest {

    private static final ChallengeSignatureVerifier VERIFIER = new ChallengeSignatureVerifier(KeyPolicy.withDefaults());
    private static final byte[] CHALLENGE = new byte[32];
    private static IssuedCredential rsa;
    private static IssuedCredential ec;
    private static Path dir;

    @BeforeAll
    static void setUp() throws IOException {
        new SecureRandom().nextBytes(CHALLENGE);
        TestPki pki = TestPki.create();
        rsa = IssuedCredential.issue(pki, TestPki.rsa(2048));
        ec = IssuedCredential.issue(pki, TestPki.ecP256());
        dir = Openssl.workDirectory("cms-");
        Files.write(dir.resolve("challenge.bin"), CHALLENGE);
        for (var entry : List.of(List.of("rsa", rsa), List.of("ec", ec))) {
            IssuedCredential credential = (IssuedCredential) entry.get(1);
            TestPki.write(dir, entry.get(0) + "-cert.pem", credential.certificate());
            TestPki.write(dir, entry.get(0) + "-key.pem", credential.keys().getPrivate());
        }
    }

    @AfterAll
    static void cleanUp() throws IOException {
        Openssl.delete(dir);
    }

    @Test
    void acceptsOpensslSignaturesAttachedAndDetachedWithRsaAndEc() throws Exception {
        Openssl.assumePresent();
        for (String signer : List.of("rsa", "ec")) {
            X509CertificateHolder expected = holder(signer.equals("rsa") ? rsa : ec);
            assertEquals(expected, VERIFIER.verify(opensslSign(signer, "sha256", "-nodetach"), CHALLENGE), signer + " attached");
            assertEquals(expected, VERIFIER.verify(opensslSign(signer, "sha256"), CHALLENGE), signer + " detached");
            assertEquals(expected, VERIFIER.verify(opensslSign(signer, "sha384", "-nodetach"), CHALLENGE, expected));
        }
    }

    @Test
    void acceptsABouncyCastleSignature() throws Exception {
        CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
        generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(
                new JcaDigestCalculatorProviderBuilder().setProvider(BcProvider.INSTANCE).build())
                .build(new JcaContentSignerBuilder("SHA256withRSA").setProvider(BcProvider.INSTANCE)
                        .build(rsa.keys().getPrivate()), rsa.certificate()));
        generator.addCertificates(new JcaCertStore(List.of(rsa.certificate())));
        byte[] cms = generator.generate(new CMSProcessableByteArray(CHALLENGE), true).getEncoded();
        assertEquals(holder(rsa), VERIFIER.verify(cms, CHALLENGE));
    }

    @Test
    void refusesAnotherChallenge() throws Exception {
        Openssl.assumePresent();
        byte[] other = CHALLENGE.clone();
        other[0] ^= 1;
        assertReason(Reason.CONTENT_MISMATCH, () -> VERIFIER.verify(opensslSign("rsa", "sha256", "-nodetach"), other));
        // Detached, the other challenge is what gets verified: its digest is not the signed one.
        assertReason(Reason.BAD_SIGNATURE, () -> VERIFIER.verify(opensslSign("rsa", "sha256"), other));
    }

    @Test
    void refusesSha1() throws Exception {
        Openssl.assumePresent();
        byte[] sha1 = opensslSign("rsa", "sha1", "-nodetach");
        assertReason(Reason.WEAK_ALGORITHM, () -> VERIFIER.verify(sha1, CHALLENGE));
    }

    @Test
    void refusesTwoSigners() throws Exception {
        Openssl.assumePresent();
        byte[] two = opensslSign("rsa", "sha256", "-nodetach", "-signer", file("ec-cert.pem"), "-inkey", file("ec-key.pem"));
        assertReason(Reason.SIGNER_COUNT, () -> VERIFIER.verify(two, CHALLENGE));
    }

    @Test
    void needsTheSignerCertificateInTheCmsOrFromTheCaller() throws Exception {
        Openssl.assumePresent();
        byte[] noCerts = opensslSign("rsa", "sha256", "-nodetach", "-nocerts");
        assertReason(Reason.NO_SIGNER_CERTIFICATE, () -> VERIFIER.verify(noCerts, CHALLENGE));
        assertEquals(holder(rsa), VERIFIER.verify(noCerts, CHALLENGE, holder(rsa)));
        assertReason(Reason.NO_SIGNER_CERTIFICATE, () -> VERIFIER.verify(noCerts, CHALLENGE, holder(ec)));
    }

    @Test
    void refusesGarbageAndOversizedInput() {
        byte[] garbage = new byte[500];
        new SecureRandom().nextBytes(garbage);
        assertReason(Reason.MALFORMED, () -> VERIFIER.verify(garbage, CHALLENGE));
        assertReason(Reason.MALFORMED, () -> VERIFIER.verify(new byte[0], CHALLENGE));
        assertReason(Reason.TOO_LARGE, () -> VERIFIER.verify(new byte[ChallengeSignatureVerifier.MAX_BYTES + 1], CHALLENGE));
    }

    private interface Verification {
        void run() throws Exception;
    }

    private static void assertReason(Reason expected, Verification verification) {
        var e = assertThrows(InvalidChallengeSignatureException.class, verification::run);
        assertEquals(expected, e.reason());
    }

    private static byte[] opensslSign(String signer, String digest, String... extra) throws IOException {
        Path out = Files.createTempFile(dir, "sig-", ".der");
        List<String> args = new ArrayList<>(List.of("cms", "-sign", "-binary", "-in", file("challenge.bin"),
                "-signer", file(signer + "-cert.pem"), "-inkey", file(signer + "-key.pem"), "-outform", "DER",
                "-md", digest, "-out", out.toString()));
        args.addAll(List.of(extra));
        Openssl.ok(args.toArray(String[]::new));
        return Files.readAllBytes(out);
    }

    private static X509CertificateHolder holder(IssuedCredential credential) throws Exception {
        return new JcaX509CertificateHolder(credential.certificate());
    }

    private static String file(String name) {
        return dir.resolve(name).toString();
    }
}
