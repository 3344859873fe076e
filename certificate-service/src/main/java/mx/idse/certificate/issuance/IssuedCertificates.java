package mx.idse.certificate.issuance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.bouncycastle.cert.X509CertificateHolder;

import mx.idse.certificate.certificado.AccountEntity;
import mx.idse.certificate.certificado.CertificateEntity;
import mx.idse.certificate.certificado.EstadoCertificado;
import mx.idse.certificate.certificado.TipoCertificado;
import mx.idse.certificate.config.CertificateServiceConfig;
import mx.idse.events.outbox.Outbox;
import mx.idse.events.payload.CertificateIssued;
import mx.idse.events.payload.RequestConcluded;
import mx.idse.pki.certificates.EndEntityCertificateBuilder;
import mx.idse.pki.certificates.Validity;
import mx.idse.pki.keys.KeyPolicy;

/** Step 5 of issuance: the certificate, its account and CertificateIssued, in the caller's transaction. */
@ApplicationScoped
public class IssuedCertificates {

    /** The legacy install entry point of the IMSS procedure, kept as is. */
    static final String INSTALL_PATH = "/certificacion/instalaRenovacion.idse?SERIAL_NOM=";

    private final Outbox outbox;
    private final IssuanceMetrics metrics;
    private final CertificateServiceConfig config;
    private final Clock clock;

    IssuedCertificates(Outbox outbox, IssuanceMetrics metrics, CertificateServiceConfig config, Clock clock) {
        this.outbox = outbox;
        this.metrics = metrics;
        this.config = config;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void store(IssuanceService.Ready item, X509CertificateHolder certificate, Validity validity) {
        RequestConcluded request = item.request();
        Instant now = clock.instant();
        TipoCertificado tipo = TipoCertificado.valueOf(request.tipo().name());

        CertificateEntity entity = new CertificateEntity();
        entity.numeroSerie = item.serial();
        entity.folio = request.folio();
        entity.tipo = tipo;
        entity.principalSerie = tipo == TipoCertificado.ADICIONAL ? request.principalSerial() : null;
        entity.npie = item.npie();
        entity.rfc = item.holder().rfc();
        entity.registroPatronal = item.holder().registroPatronal();
        entity.nombreTitular = item.holder().name();
        entity.razonSocial = item.holder().organization();
        entity.curp = item.holder().curp();
        entity.correo = request.correo();
        entity.notBefore = validity.notBefore();
        entity.notAfter = validity.notAfter();
        entity.estado = EstadoCertificado.ACTIVO;
        entity.der = EndEntityCertificateBuilder.der(certificate);
        entity.spkiSha256 = spkiSha256(certificate);
        entity.createdAt = now;
        entity.persist();

        AccountEntity account = new AccountEntity();
        account.numeroSerie = item.serial();
        account.usuario = request.usuario();
        account.passwordHash = request.passwordHash();
        account.createdAt = now;
        account.persist();

        outbox.record(new CertificateIssued(request.folio(), request.tipo(), item.serial(), item.npie(),
                request.correo(), item.holder().name(), item.holder().rfc(), request.usuario(), validity.notBefore(),
                validity.notAfter(), entity.principalSerie, request.principalCorreo(), installUrl(item.serial())),
                item.serial());
        metrics.issued(tipo, request.fechaConclusion(), now);
    }

    /** {@code <public base URL>/certificacion/instalaRenovacion.idse?SERIAL_NOM=<serial>}. */
    String installUrl(String serial) {
        String base = config.publicBaseUrl().toString();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + INSTALL_PATH + serial;
    }

    private static String spkiSha256(X509CertificateHolder certificate) {
        try {
            return KeyPolicy.spkiSha256Hex(certificate.getSubjectPublicKeyInfo());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
