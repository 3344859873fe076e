package mx.idse.pki.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsrReaderTest {

    private static final X500Name SUBJECT = new X500Name("CN=Juan Pérez,O=Ejemplo SA de CV");
    private static KeyPair keys;
    private static String validPem;

    @BeforeAll
    static void makeCsr() throws Exception {
        keys = ecKeyPair();
        validPem = CsrReader.toPem(csr(keys, keys));
    }

    @Test
    void readsValidCsrAndKeepsItsSubject() throws InvalidCsrException {
        PKCS10CertificationRequest csr = CsrReader.read(validPem);
        assertEquals(SUBJECT, csr.getSubject());
        assertEquals(validPem, CsrReader.toPem(csr));
    }

    @Test
    void acceptsNewCertificateRequestHeaderAndSurroundingWhitespace() throws InvalidCsrException {
        String legacy = validPem.replace("CERTIFICATE REQUEST", "NEW CERTIFICATE REQUEST");
        assertEquals(SUBJECT, CsrReader.read("\n  " + legacy + "\n\n").getSubject());
    }

    @Test
    void acceptsWindowsLineEndings() throws InvalidCsrException {
        assertEquals(SUBJECT, CsrReader.read(validPem.replace("\n", "\r\n")).getSubject());
    }

    @Test
    void readingDoesNotVerifyTheSignatureButVerificationRefusesAForeignOne() throws Exception {
        PKCS10CertificationRequest forged = CsrReader.read(CsrReader.toPem(csr(keys, ecKeyPair())));

        InvalidCsrException e = assertThrows(InvalidCsrException.class, () -> CsrReader.verifySignature(forged));
        assertTrue(e.getMessage().contains("posesión"), e::getMessage);
        CsrReader.verifySignature(CsrReader.read(validPem)); // the applicant's own signature passes
    }

    @ParameterizedTest(name = "{0} is refused")
    @CsvSource({ "SHA1withECDSA", "SHA224withECDSA" })
    void refusesWeakEcdsaSignatureAlgorithms(String algorithm) throws Exception {
        assertRejected(CsrReader.toPem(csr(keys, keys, algorithm)), "Algoritmo de firma");
    }

    @ParameterizedTest(name = "{0} is refused")
    @CsvSource({ "MD5withRSA", "SHA1withRSA", "SHA224withRSA", "SHA1withRSAandMGF1" })
    void refusesWeakRsaSignatureAlgorithms(String algorithm) throws Exception {
        KeyPair rsa = rsaKeyPair();
        assertRejected(CsrReader.toPem(csr(rsa, rsa, algorithm)), "Algoritmo de firma");
    }

    @ParameterizedTest(name = "{0} is accepted and verifies")
    @CsvSource({ "SHA256withRSA", "SHA384withRSA", "SHA512withRSA", "SHA256withRSAandMGF1", "SHA512withRSAandMGF1" })
    void acceptsSha2RsaSignatures(String algorithm) throws Exception {
        KeyPair rsa = rsaKeyPair();
        CsrReader.verifySignature(CsrReader.read(CsrReader.toPem(csr(rsa, rsa, algorithm))));
    }

    @ParameterizedTest(name = "{0} is accepted and verifies")
    @CsvSource({ "SHA256withECDSA", "SHA384withECDSA", "SHA512withECDSA" })
    void acceptsSha2EcdsaSignatures(String algorithm) throws Exception {
        CsrReader.verifySignature(CsrReader.read(CsrReader.toPem(csr(keys, keys, algorithm))));
    }

    @Test
    void rejectsTwoCsrs() {
        assertRejected(validPem + validPem, "una sola");
    }

    @Test
    void rejectsOversizeInput() {
        assertRejected(validPem + " ".repeat(CsrReader.MAX_PEM_CHARS), "16 KiB");
    }

    @Test
    void rejectsTextAfterTheCsr() {
        assertRejected(validPem + "basura", "después");
    }

    @Test
    void rejectsCertificateInsteadOfCsr() {
        assertRejected(validPem.replace("CERTIFICATE REQUEST", "CERTIFICATE"), "CERTIFICATE REQUEST");
    }

    @Test
    void rejectsNull() {
        assertRejected(null, "vacía");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "''|vacía",
        "'   '|vacía",
        "hola|PEM",
        "MIIBIjANBgkqhkiG9w0BAQEFAAOC|PEM",
        "-----BEGIN CERTIFICATE REQUEST-----\\nno es base64!!\\n-----END CERTIFICATE REQUEST-----|mal formado",
        "-----BEGIN CERTIFICATE REQUEST-----\\nAAAA\\n-----END CERTIFICATE REQUEST-----|PKCS#10",
        "-----BEGIN CERTIFICATE REQUEST-----\\nMIIB\\n|mal formado",
        "-----BEGIN CERTIFICATE REQUEST-----\\n-----END CERTIFICATE REQUEST-----|PKCS#10",
    })
    void rejectsGarbage(String input, String expectedWords) {
        assertRejected(input.replace("\\n", "\n"), expectedWords);
    }

    private static void assertRejected(String pem, String expectedWords) {
        InvalidCsrException e = assertThrows(InvalidCsrException.class, () -> CsrReader.read(pem));
        assertTrue(e.getMessage().contains(expectedWords), e::getMessage);
    }

    private static KeyPair ecKeyPair() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        return generator.generateKeyPair();
    }

    private static KeyPair rsaKeyPair() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }

    /** A CSR carrying {@code subjectKeys}' public key, signed by {@code signingKeys}. */
    private static PKCS10CertificationRequest csr(KeyPair subjectKeys, KeyPair signingKeys)
            throws OperatorCreationException {
        return csr(subjectKeys, signingKeys, "SHA256withECDSA");
    }

    private static PKCS10CertificationRequest csr(KeyPair subjectKeys, KeyPair signingKeys, String algorithm)
            throws OperatorCreationException {
        ContentSigner signer = new JcaContentSignerBuilder(algorithm)
                .setProvider(new org.bouncycastle.jce.provider.BouncyCastleProvider()).build(signingKeys.getPrivate());
        return new JcaPKCS10CertificationRequestBuilder(SUBJECT, subjectKeys.getPublic()).build(signer);
    }
}
