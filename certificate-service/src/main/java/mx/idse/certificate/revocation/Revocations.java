package mx.idse.certificate.revocation;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;
import mx.idse.certificate.certificado.CertificadoEntity;
import mx.idse.certificate.certificado.CertificadoStore;
import mx.idse.certificate.certificado.EstadoCertificado;
import mx.idse.events.payload.CertificateCancelled;

/**
 * Applies a CertificateCancelled to the stored certificate, forward only: ACTIVO becomes
 * CANCELADO, and nothing ever moves a certificate back, so a duplicate or late event changes
 * nothing. Counted in {@code idse.revocations{outcome}}: {@code revoked}, {@code already-cancelled},
 * {@code unknown-serial}.
 */
@ApplicationScoped
public class Revocations {

    private static final Logger LOG = Logger.getLogger(Revocations.class);

    private final CertificadoStore certificados;
    private final Event<CertificateRevoked> revoked;
    private final MeterRegistry registry;
    private final Clock clock;

    Revocations(CertificadoStore certificados, Event<CertificateRevoked> revoked, MeterRegistry registry, Clock clock) {
        this.certificados = certificados;
        this.revoked = revoked;
        this.registry = registry;
        this.clock = clock;
    }

    /**
     * Runs in the consumption transaction. {@link CertificateRevoked} is fired inside it, so
     * observers declared {@code @Observes(during = TransactionPhase.AFTER_SUCCESS)} (the OCSP
     * answers, the CRL) run only once the change is committed.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(CertificateCancelled cancellation) {
        String serial = cancellation.serial();
        // 1. The certificate row is written by this service at issuance, in the same transaction
        //    as CertificateIssued: an unknown serial was never issued here. Retrying cannot help.
        CertificadoEntity certificate = certificados.inTransaction(serial).orElse(null);
        if (certificate == null) {
            LOG.warnf("CertificateCancelled for serial %s, which this CA never issued; nothing to revoke", serial);
            count("unknown-serial");
            return;
        }
        // 2. Forward only: a second cancellation keeps the first one's date and motivo.
        if (certificate.estado == EstadoCertificado.CANCELADO) {
            count("already-cancelled");
            return;
        }
        // 3. An unknown motivo still revokes, with reason unspecified.
        if (RevocationReasons.motivo(cancellation.motivo()).isEmpty()) {
            LOG.warnf("CertificateCancelled for %s has motivo '%s', unknown to this build: revoked with reason unspecified",
                    serial, cancellation.motivo());
        }
        Instant recordedAt = clock.instant();
        certificate.estado = EstadoCertificado.CANCELADO;
        certificate.cancelledAt = cancellation.fechaCancelacion() != null ? cancellation.fechaCancelacion() : recordedAt;
        certificate.motivo = cancellation.motivo();
        certificate.estadoCambiadoEn = recordedAt;
        revoked.fire(new CertificateRevoked(serial, certificate.cancelledAt));
        count("revoked");
        LOG.infof("Certificate %s revoked (motivo %s)", serial, cancellation.motivo());
    }

    private void count(String outcome) {
        registry.counter("idse.revocations", "outcome", outcome).increment();
    }
}
