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

import mx.idse.certificate.certificado.CuentaEntity;
import mx.idse.certificate.certificado.CertificadoEntity;
import mx.idse.certificate.certificado.EstadoCertificado;
import mx.idse.events.payload.TipoCertificado;
import mx.idse.certificate.config.CertificateServiceConfig;
import mx.idse.events.InstallUrl;
import mx.idse.events.outbox.Outbox;
import mx.idse.events.payload.CertificateIssued;
import mx.idse.events.payload.RequestConcluded;
import mx.idse.pki.certificates.EndEntityCertificateBuilder;
import mx.idse.pki.certificates.Validity;
import mx.idse.pki.keys.KeyPolicy;

/** Step 5 of issuance: the certificate, its account and CertificateIssued, in the caller's transaction. */
@ApplicationScoped
public class CertificadosEmitidos {

    private final Outbox outbox;
    private final IssuanceMetrics metrics;
    private final CertificateServiceConfig config;
    private final Clock clock;

    CertificadosEmitidos(Outbox outbox, IssuanceMetrics metrics, CertificateServiceConfig config, Clock clock) {
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
        List<CertificadoEntity> entities = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            CertificadoEntity entity = certificate(items.get(i), certificates.get(i), validity, now);
            entity.persist();
            entities.add(entity);
        }
        for (IssuanceService.Ready item : items) {
            account(item, now).persist();
        }
        for (int i = 0; i < items.size(); i++) {
            IssuanceService.Ready item = items.get(i);
            RequestConcluded request = item.request();
            outbox.record(new CertificateIssued(request.folio(), entities.get(i).tipo, item.serial(), item.npie(),
                    request.correo(), item.holder().name(), item.holder().rfc(), request.usuario(), validity.notBefore(),
                    validity.notAfter(), entities.get(i).principalSerie, request.principalCorreo(),
                    installUrl(item.serial())), item.serial());
            metrics.issued(entities.get(i).tipo, request.fechaConclusion(), now);
        }
    }

    private static CertificadoEntity certificate(IssuanceService.Ready item, X509CertificateHolder certificate,
            Validity validity, Instant now) {
        RequestConcluded request = item.request();
        CertificadoEntity entity = new CertificadoEntity();
        entity.numeroSerie = item.serial();
        entity.folio = request.folio();
        entity.tipo = TipoCertificado.of(request.tipo());
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
    private static CuentaEntity account(IssuanceService.Ready item, Instant now) {
        CuentaEntity account = new CuentaEntity();
        account.numeroSerie = item.serial();
        account.usuario = item.request().usuario();
        account.passwordHash = item.request().passwordHash();
        account.createdAt = now;
        return account;
    }

    String installUrl(String serial) {
        return InstallUrl.of(config.publicBaseUrl(), serial);
    }

    private static String spkiSha256(X509CertificateHolder certificate) {
        try {
            return KeyPolicy.spkiSha256Hex(certificate.getSubjectPublicKeyInfo());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
