package mx.idse.certificate.issuance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

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

    /**
     * Certificates first, then their accounts, then the events: Hibernate keeps that order, so
     * each kind goes to PostgreSQL as one JDBC batch and every account finds its certificate.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void store(List<IssuanceService.Ready> items, List<X509CertificateHolder> certificates, Validity validity) {
        Instant now = clock.instant();
        List<CertificateEntity> entities = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            CertificateEntity entity = certificate(items.get(i), certificates.get(i), validity, now);
            entity.persist();
            entities.add(entity);
        }
        for (IssuanceService.Ready item : items) {
            account(item, now).persist();
        }
        for (int i = 0; i < items.size(); i++) {
            IssuanceService.Ready item = items.get(i);
            RequestConcluded request = item.request();
            outbox.record(new CertificateIssued(request.folio(), request.tipo(), item.serial(), item.npie(),
                    request.correo(), item.holder().name(), item.holder().rfc(), request.usuario(), validity.notBefore(),
                    validity.notAfter(), entities.get(i).principalSerie, request.principalCorreo(),
                    installUrl(item.serial())), item.serial());
            metrics.issued(entities.get(i).tipo, request.fechaConclusion(), now);
        }
    }

    private static CertificateEntity certificate(IssuanceService.Ready item, X509CertificateHolder certificate,
            Validity validity, Instant now) {
        RequestConcluded request = item.request();
        CertificateEntity entity = new CertificateEntity();
        entity.numeroSerie = item.serial();
        entity.folio = request.folio();
        entity.tipo = TipoCertificado.valueOf(request.tipo().name());
        entity.principalSerie = entity.tipo == TipoCertificado.ADICIONAL ? request.principalSerial() : null;
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
        return entity;
    }

    /** The usuario and the Argon2id hash from the event; never a password. */
    private static AccountEntity account(IssuanceService.Ready item, Instant now) {
        AccountEntity account = new AccountEntity();
        account.numeroSerie = item.serial();
        account.usuario = item.request().usuario();
        account.passwordHash = item.request().passwordHash();
        account.createdAt = now;
        return account;
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
