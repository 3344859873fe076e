package mx.idse.certificate.ca;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import mx.idse.certificate.signer.CertificateSigner;
import mx.idse.certificate.support.TestCaConfig;
import mx.idse.pki.keys.SigningProvider;
import mx.idse.pki.testing.Openssl;

class CaKeystoreTest {

    private static final String PASSWORD = "clave-de-prueba-1";
    private static final String ROOT_PASSWORD = TestCaConfig.rootPasswordFor(PASSWORD);

    @TempDir
    Path directory;

    private CertificateSigner open(Path keystore, boolean generateIfMissing) {
        return new CaKeystore(new TestCaConfig(keystore, PASSWORD, generateIfMissing), SigningProvider.fastest(),
                Clock.systemUTC()).open();
    }

    @Test
    void generatesAChainThatOpenSslVerifies() throws Exception {
        CertificateSigner signer = open(directory.resolve("idse-ca.p12"), true);

        X509Certificate issuing = signer.chain().get(0);
        X509Certificate root = signer.chain().get(1);
        assertEquals(TestCaConfig.ISSUING_SUBJECT, issuing.getSubjectX500Principal().getName());
        assertEquals(TestCaConfig.ROOT_SUBJECT, root.getSubjectX500Principal().getName());
        assertEquals(issuing.getIssuerX500Principal(), root.getSubjectX500Principal());
        Openssl.Result subject = Openssl.run("x509", "-noout", "-subject", "-in", write("issuing.pem", issuing).toString());
        assertTrue(subject.output().contains("C = MX, O = Instituto Mexicano del Seguro Social, CN = IDSE Certificados Emisora 1"),
                subject.output());
        Path rootPem = write("root.pem", root);
        Path issuingPem = write("issuing.pem", issuing);
        Openssl.Result verify = Openssl.run("verify", "-CAfile", rootPem.toString(), issuingPem.toString());
        assertTrue(verify.ok(), verify.output());

        var rootHolder = new JcaX509CertificateHolder(root);
        var issuingHolder = new JcaX509CertificateHolder(issuing);
        assertTrue(BasicConstraints.fromExtensions(rootHolder.getExtensions()).isCA());
        assertEquals(0, BasicConstraints.fromExtensions(issuingHolder.getExtensions()).getPathLenConstraint().intValue());
        assertTrue(issuingHolder.getExtension(Extension.basicConstraints).isCritical());
        KeyUsage usage = KeyUsage.fromExtensions(issuingHolder.getExtensions());
        assertTrue(usage.hasUsages(KeyUsage.keyCertSign | KeyUsage.cRLSign));
        assertFalse(usage.hasUsages(KeyUsage.digitalSignature));
        assertTrue(issuingHolder.getExtension(Extension.authorityKeyIdentifier) != null);
        assertTrue(issuingHolder.getExtension(Extension.subjectKeyIdentifier) != null);
        assertTrue(rootHolder.getExtension(Extension.subjectKeyIdentifier) != null);
        assertFalse(issuing.getNotAfter().after(root.getNotAfter()), "the issuing CA never outlives the root");
    }

    @Test
    void writesKeystoresThatOpenSsl3OpensWithoutLegacy() {
        Path keystore = directory.resolve("idse-ca.p12");
        open(keystore, true);

        for (Path file : List.of(keystore, CaKeystore.rootOfflinePath(keystore))) {
            String password = file.equals(keystore) ? PASSWORD : ROOT_PASSWORD;
            Openssl.Result info = Openssl.run("pkcs12", "-info", "-nokeys", "-in", file.toString(), "-passin", "pass:" + password);
            assertTrue(info.ok(), file + ": " + info.output());
            assertTrue(info.output().contains("AES-256-CBC") && info.output().contains("hmacWithSHA256"), info.output());
            assertTrue(info.output().contains("MAC: sha256"), info.output());
            assertFalse(Openssl.run("pkcs12", "-info", "-nokeys", "-in", file.toString(), "-passin", "pass:otra").ok());
        }
    }

    @Test
    void serviceKeystoreHoldsOnlyTheIssuingKeyAndTheRootKeyGoesToTheOfflineFile() throws Exception {
        Path keystore = directory.resolve("idse-ca.p12");
        CertificateSigner signer = open(keystore, true);

        KeyStore service = load(keystore, PASSWORD);
        assertEquals(List.of("idse-emisora-1"), Collections.list(service.aliases()));
        assertEquals(2, service.getCertificateChain("idse-emisora-1").length);
        Path offline = directory.resolve("idse-ca-root-offline.p12");
        assertEquals(offline, CaKeystore.rootOfflinePath(keystore));
        KeyStore root = load(offline, ROOT_PASSWORD);
        String rootAlias = Collections.list(root.aliases()).get(0);
        assertTrue(root.isKeyEntry(rootAlias));
        assertEquals(signer.chain().get(1), root.getCertificate(rootAlias));
    }

    @Test
    void laterStartsLoadTheSameCa() {
        Path keystore = directory.resolve("idse-ca.p12");
        CertificateSigner first = open(keystore, true);
        CertificateSigner second = open(keystore, false);

        assertEquals(CaKeystore.fingerprint(first.issuingCertificate()), CaKeystore.fingerprint(second.issuingCertificate()));
        assertEquals(CaKeystore.fingerprint(first.chain().get(1)), CaKeystore.fingerprint(second.chain().get(1)));
    }

    @Test
    void refusesAMissingKeystoreWhenItMayNotGenerate() {
        Path keystore = directory.resolve("idse-ca.p12");
        IllegalStateException refusal = assertThrows(IllegalStateException.class, () -> open(keystore, false));
        assertTrue(refusal.getMessage().contains("two replicas must never each invent a CA"));
        assertFalse(Files.exists(keystore));
    }

    @Test
    void refusesAWrongPasswordClearly() {
        Path keystore = directory.resolve("idse-ca.p12");
        open(keystore, true);
        var wrong = new CaKeystore(new TestCaConfig(keystore, "otra-clave", false), SigningProvider.fastest(), Clock.systemUTC());
        IllegalStateException refusal = assertThrows(IllegalStateException.class, wrong::open);
        assertTrue(refusal.getMessage().contains("idse.ca.keystore-password"), refusal.getMessage());
    }

    @Test
    void twoReplicasRacingInDevEndUpWithOneCa() throws Exception {
        Path keystore = directory.resolve("idse-ca.p12");
        ExecutorService replicas = Executors.newFixedThreadPool(2);
        try {
            Callable<String> start = () -> CaKeystore.fingerprint(open(keystore, true).issuingCertificate());
            Future<String> first = replicas.submit(start);
            Future<String> second = replicas.submit(start);
            assertEquals(first.get(), second.get());
        } finally {
            replicas.shutdownNow();
        }
        try (var files = Files.list(directory)) {
            assertEquals(List.of("idse-ca-root-offline.p12", "idse-ca.p12"),
                    files.map(f -> f.getFileName().toString()).sorted().toList(), "no temporary file left behind");
        }
    }

    @Test
    void theRootsOfflineFileHasItsOwnPasswordNotTheKeystores() {
        Path keystore = directory.resolve("idse-ca.p12");
        open(keystore, true);
        Path offline = CaKeystore.rootOfflinePath(keystore);

        assertThrows(Exception.class, () -> load(offline, PASSWORD), "the replicas' Secret must not open the root");
        assertFalse(Openssl.run("pkcs12", "-info", "-nokeys", "-in", offline.toString(), "-passin", "pass:" + PASSWORD).ok());
        assertTrue(Openssl.run("pkcs12", "-info", "-nokeys", "-in", offline.toString(), "-passin", "pass:" + ROOT_PASSWORD).ok());
    }

    @Test
    void makingACaWithoutItsOwnRootPasswordIsRefusedBeforeAnyFileIsWritten() {
        Path keystore = directory.resolve("idse-ca.p12");
        for (Optional<String> root : List.of(Optional.<String>empty(), Optional.of(PASSWORD))) {
            var config = new TestCaConfig(keystore, PASSWORD, root, true);
            IllegalStateException refusal = assertThrows(IllegalStateException.class,
                    () -> new CaKeystore(config, SigningProvider.fastest(), Clock.systemUTC()).open());
            assertTrue(refusal.getMessage().contains("idse.ca.root-keystore-password"), refusal.getMessage());
            assertFalse(Files.exists(keystore));
            assertFalse(Files.exists(CaKeystore.rootOfflinePath(keystore)));
        }
    }

    private static KeyStore load(Path file, String password) throws Exception {
        KeyStore keyStore = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            keyStore.load(in, password.toCharArray());
        }
        return keyStore;
    }

    private Path write(String name, X509Certificate certificate) throws Exception {
        String pem = "-----BEGIN CERTIFICATE-----\n"
                + java.util.Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(certificate.getEncoded())
                + "\n-----END CERTIFICATE-----\n";
        return Files.writeString(directory.resolve(name), pem);
    }
}
