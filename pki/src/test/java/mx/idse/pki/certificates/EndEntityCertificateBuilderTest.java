package mx.idse.pki.certificates;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.SubjectKeyIdentifier;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import mx.idse.pki.subject.CertificateSubject;
import mx.idse.pki.testing.Openssl;
import mx.idse.pki.testing.TestPki;

class EndEntityCertificateBuilderTest {

    private static final CertificateProfile PROFILE = new CertificateProfile(
            URI.create("http://crl.idse.example.mx/emisora.crl"),
            URI.create("http://ocsp.idse.example.mx"),
            URI.create("http://ca.idse.example.mx/emisora.cer"));
    private static final CertificateSubject SUBJECT = new CertificateSubject("Beatriz Sánchez Cruz",
            "Comisión Federal de Electricidad", "CFE370814QI0", "SABC560626MDFLRN01", "NPIE0000123456", "Y5412345108");
    private static final String SERIAL = "482915730046128";

    private static TestPki pki;
    private static EndEntityCertificateBuilder builder;
    private static Path dir;

    @BeforeAll
    static void makeCa() {
        pki = TestPki.create();
        builder = new EndEntityCertificateBuilder(pki.issuing, PROFILE);
        dir = Openssl.workDirectory("certs-");
        TestPki.write(dir, "root.pem", pki.root);
        TestPki.write(dir, "issuing.pem", pki.issuing);
    }

    @AfterAll
    static void cleanUp() throws IOException {
        Openssl.delete(dir);
    }

    @Test
    void opensslVerifiesAnRsaCertificateAgainstTheChain() {
        Openssl.assumePresent();
        Path cert = TestPki.write(dir, "rsa.pem", issue(TestPki.rsa(2048), SERIAL));
        String out = Openssl.ok("verify", "-CAfile", file("root.pem"), "-untrusted", file("issuing.pem"), cert.toString());
        assertTrue(out.contains(": OK"), out);
    }

    @Test
    void opensslVerifiesAnEcP256Certificate() {
        Openssl.assumePresent();
        Path cert = TestPki.write(dir, "ec.pem", issue(TestPki.ecP256(), "100000000000000"));
        Openssl.ok("verify", "-CAfile", file("root.pem"), "-untrusted", file("issuing.pem"), cert.toString());
        String text = Openssl.ok("x509", "-in", cert.toString(), "-noout", "-text");
        assertTrue(text.contains("id-ecPublicKey") && text.contains("prime256v1"), text);
        assertTrue(text.contains("Signature Algorithm: sha256WithRSAEncryption"), "signed with the CA's algorithm");
    }

    @Test
    void opensslShowsTheProfile() {
        Openssl.assumePresent();
        Path cert = TestPki.write(dir, "profile.pem", issue(TestPki.rsa(2048), SERIAL));
        String text = Openssl.ok("x509", "-in", cert.toString(), "-noout", "-text", "-nameopt", "RFC2253,-esc_msb");
        String subject = Openssl.ok("x509", "-in", cert.toString(), "-noout", "-subject", "-nameopt", "multiline,utf8,-esc_msb");
        for (String expected : List.of("commonName                = Beatriz Sánchez Cruz",
                "organizationName          = Comisión Federal de Electricidad",
                "organizationalUnitName    = NPIE0000123456", "organizationalUnitName    = Y5412345108",
                "x500UniqueIdentifier      = CFE370814QI0", "serialNumber              = SABC560626MDFLRN01",
                "countryName               = MX")) {
            assertTrue(subject.contains(expected), expected + " in\n" + subject);
        }
        assertTrue(text.contains("Serial Number: " + SERIAL + " ("), "decimal serial:\n" + text);
        assertTrue(text.contains("Issuer: C=MX,O=IMSS Pruebas,CN=IDSE Test Emisora"), text);
        for (String expected : List.of("X509v3 Basic Constraints: critical", "CA:FALSE",
                "X509v3 Key Usage: critical", "Digital Signature, Non Repudiation",
                "TLS Web Client Authentication, E-mail Protection",
                "X509v3 Subject Key Identifier", "X509v3 Authority Key Identifier",
                "URI:http://crl.idse.example.mx/emisora.crl",
                "OCSP - URI:http://ocsp.idse.example.mx", "CA Issuers - URI:http://ca.idse.example.mx/emisora.cer")) {
            assertTrue(text.contains(expected), expected + " in\n" + text);
        }
        assertFalse(text.contains("Certificate Sign"), "not a CA");
    }

    @Test
    void keyIdentifiersLinkTheCertificateToItsKeyAndTheCa() throws Exception {
        KeyPair subjectKeys = TestPki.rsa(2048);
        X509Certificate cert = TestPki.toX509(issue(subjectKeys, SERIAL));
        byte[] expectedSki = new JcaX509ExtensionUtils().createSubjectKeyIdentifier(subjectKeys.getPublic()).getKeyIdentifier();
        assertArrayEquals(expectedSki, SubjectKeyIdentifier.getInstance(extension(cert, Extension.subjectKeyIdentifier)).getKeyIdentifier());
        byte[] caSki = SubjectKeyIdentifier.getInstance(extension(pki.issuing, Extension.subjectKeyIdentifier)).getKeyIdentifier();
        assertArrayEquals(caSki, AuthorityKeyIdentifier.getInstance(extension(cert, Extension.authorityKeyIdentifier)).getKeyIdentifier());
        assertEquals(pki.issuing.getSubjectX500Principal(), cert.getIssuerX500Principal());
    }

    @Test
    void validityIsCappedByTheIssuingCa() {
        TestPki shortLived = TestPki.create(Instant.now().minus(Duration.ofDays(1)), Duration.ofDays(30));
        Validity validity = Validity.withinIssuingCa(shortLived.issuing, Instant.now(), Duration.ofDays(730));
        X509CertificateHolder holder = new EndEntityCertificateBuilder(shortLived.issuing, PROFILE)
                .build(SUBJECT, TestPki.spki(TestPki.ecP256()), SERIAL, validity, shortLived.issuingSigner());
        assertEquals(shortLived.issuing.getNotAfter(), holder.getNotAfter());
    }

    @Test
    void manyThreadsShareOneBuilderWithASignerEach() throws Exception {
        KeyPair subjectKeys = TestPki.ecP256();
        SerialNumbers serials = new SerialNumbers();
        Set<String> issued = ConcurrentHashMap.newKeySet();
        var verifier = new JcaContentVerifierProviderBuilder().build(pki.issuing.getPublicKey());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> tasks = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                tasks.add(pool.submit(() -> {
                    ContentSigner signer = pki.issuingSigner();
                    for (int i = 0; i < 50; i++) {
                        X509CertificateHolder holder = issue(subjectKeys, serials.next(), signer);
                        assertTrue(holder.isSignatureValid(verifier));
                        issued.add(holder.getSerialNumber().toString());
                    }
                    return null;
                }));
            }
            for (Future<?> task : tasks) {
                task.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(200, issued.size());
    }

    private static X509CertificateHolder issue(KeyPair subjectKeys, String serial) {
        return issue(subjectKeys, serial, pki.issuingSigner());
    }

    private static X509CertificateHolder issue(KeyPair subjectKeys, String serial, ContentSigner signer) {
        Validity validity = Validity.withinIssuingCa(pki.issuing, Instant.now(), Duration.ofDays(730));
        return builder.build(SUBJECT, TestPki.spki(subjectKeys), serial, validity, signer);
    }

    private static ASN1Primitive extension(X509Certificate cert, ASN1ObjectIdentifier oid) throws IOException {
        return JcaX509ExtensionUtils.parseExtensionValue(cert.getExtensionValue(oid.getId()));
    }

    private static String file(String name) {
        return dir.resolve(name).toString();
    }
}
