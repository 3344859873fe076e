package mx.idse.certificate.support;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Singleton;

import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;

import io.quarkus.narayana.jta.QuarkusTransaction;
import mx.idse.certificate.certificado.CuentaEntity;
import mx.idse.certificate.certificado.CertificadoEntity;
import mx.idse.certificate.certificado.EstadoCertificado;
import mx.idse.certificate.certificado.NpieEntity;
import mx.idse.events.payload.TipoCertificado;
import mx.idse.certificate.signer.CertificateSigner;
import mx.idse.pki.certificates.CertificateProfile;
import mx.idse.pki.certificates.EndEntityCertificateBuilder;
import mx.idse.pki.certificates.SerialNumbers;
import mx.idse.pki.certificates.Validity;
import mx.idse.pki.credentials.PasswordHasher;
import mx.idse.pki.keys.CsrReader;
import mx.idse.pki.keys.GeneratedKeyPair;
import mx.idse.pki.keys.KeyGenerator;
import mx.idse.pki.pbe.EncryptedKeyReader;
import mx.idse.pki.pbe.KdfLimits;
import mx.idse.pki.subject.CertificateSubject;

/**
 * Issues a certificate the way issuance does (CA signer, serial, certificate + account + NPIE
 * rows, Argon2id hash) and returns what its holder has: serial, NPIE, usuario, contraseña, the
 * encrypted .key and the certificate. Each call is a new patrón with its own usuario.
 */
@Singleton
public class CertificadosDePrueba {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final CertificateProfile PROFILE = new CertificateProfile(
            URI.create("http://localhost:8082/crl/emisora-1.crl"), URI.create("http://localhost:8082/ocsp"), null);

    /** What the holder of an issued certificate has. The private key is here only for tests that sign with it. */
    public record Titular(String numeroSerie, String npie, String usuario, String contrasena, String keyPem,
                         X509Certificate certificate, PrivateKey privateKey) {
    }

    private final CertificateSigner signer;
    private final KeyGenerator keys;
    private final PasswordHasher hasher;
    private final Clock clock;
    private final SerialNumbers serials = new SerialNumbers();
    private final EndEntityCertificateBuilder builder;

    CertificadosDePrueba(CertificateSigner signer, KeyGenerator keys, PasswordHasher hasher, Clock clock) {
        this.signer = signer;
        this.keys = keys;
        this.hasher = hasher;
        this.clock = clock;
        this.builder = new EndEntityCertificateBuilder(signer.issuingCertificate(), PROFILE);
    }

    /** A principal certificate valid for two years from now. */
    public Titular issue() {
        return issue(Duration.ofDays(730));
    }

    public Titular issue(Duration validFor) {
        int n = SEQUENCE.incrementAndGet();
        String unique = Long.toString(System.nanoTime() % 100_000_000L + n, 36).toUpperCase();
        String usuario = ("usr" + unique + "xxxxxxxx").substring(0, 12);
        String contrasena = "Clave2026" + n;
        String numeroSerie = serials.next();
        String npie = "NPIE" + numeroSerie;
        String registro = ("A" + numeroSerie).substring(0, 11);
        try {
            CertificateSubject subject = new CertificateSubject("María Pérez Núñez", "Comercial del Norte SA de CV",
                    "CNO0101015A1", "PENM800101MDFRXR07", npie, registro);
            GeneratedKeyPair pair = keys.generate(subject.toX500Name(), contrasena.toCharArray());
            PKCS10CertificationRequest csr = CsrReader.read(pair.csrPem());
            SubjectPublicKeyInfo publicKey = csr.getSubjectPublicKeyInfo();
            Instant start = clock.instant().truncatedTo(ChronoUnit.SECONDS).minusSeconds(60);
            Validity validity = Validity.withinIssuingCa(signer.issuingCertificate(), start, validFor);
            byte[] der = builder.build(subject, publicKey, numeroSerie, validity, signer.contentSigner()).getEncoded();
            X509Certificate certificate = (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(der));
            store(numeroSerie, npie, registro, usuario, contrasena, der, publicKey, validity);
            PrivateKey privateKey = new EncryptedKeyReader(KdfLimits.DEFAULT)
                    .read(pair.encryptedPrivateKeyPem().getBytes(StandardCharsets.US_ASCII), contrasena.toCharArray());
            return new Titular(numeroSerie, npie, usuario, contrasena, pair.encryptedPrivateKeyPem(), certificate, privateKey);
        } catch (Exception e) {
            throw new IllegalStateException("Could not issue a test certificate", e);
        }
    }

    /** Cancels the certificate, as cancellation will. */
    public void cancel(String numeroSerie) {
        QuarkusTransaction.requiringNew().run(() -> {
            CertificadoEntity certificate = CertificadoEntity.findById(numeroSerie);
            certificate.estado = EstadoCertificado.CANCELADO;
            certificate.cancelledAt = clock.instant();
            certificate.motivo = "keyCompromise";
        });
    }

    private void store(String numeroSerie, String npie, String registro, String usuario, String contrasena, byte[] der,
                       SubjectPublicKeyInfo publicKey, Validity validity) throws Exception {
        String passwordHash = hasher.hash(contrasena.toCharArray());
        String spki = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(publicKey.getEncoded()));
        Instant now = clock.instant();
        QuarkusTransaction.requiringNew().run(() -> {
            NpieEntity patron = new NpieEntity();
            patron.rfc = "CNO0101015A1";
            patron.registroPatronal = registro;
            patron.npie = npie;
            patron.createdAt = now;
            patron.persist();

            CertificadoEntity certificate = new CertificadoEntity();
            certificate.numeroSerie = numeroSerie;
            certificate.folio = "F-" + numeroSerie;
            certificate.tipo = TipoCertificado.PRINCIPAL;
            certificate.npie = npie;
            certificate.rfc = "CNO0101015A1";
            certificate.registroPatronal = registro;
            certificate.nombreTitular = "María Pérez Núñez";
            certificate.razonSocial = "Comercial del Norte SA de CV";
            certificate.curp = "PENM800101MDFRXR07";
            certificate.correo = "maria@example.mx";
            certificate.notBefore = validity.notBefore();
            certificate.notAfter = validity.notAfter();
            certificate.estado = EstadoCertificado.ACTIVO;
            certificate.der = der;
            certificate.spkiSha256 = spki;
            certificate.createdAt = now;
            certificate.persist();

            CuentaEntity account = new CuentaEntity();
            account.numeroSerie = numeroSerie;
            account.usuario = usuario;
            account.passwordHash = passwordHash;
            account.createdAt = now;
            account.persist();
        });
    }
}
