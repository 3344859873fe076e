package mx.idse.cancellation.certificado;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import io.smallrye.common.annotation.Blocking;
import mx.idse.cancellation.cancelacion.CancelacionService;
import mx.idse.events.UnreadableEventException;
import mx.idse.events.consumer.EventHandlers;
import mx.idse.events.consumer.IdempotentConsumer;
import mx.idse.events.payload.CertificateIssued;
import mx.idse.events.payload.TipoCertificado;

/**
 * Keeps the read model of issued certificates from CertificateIssued on {@code idse.certificates}.
 * A certificate is inserted once, ACTIVO: a redelivery or a second event for the same serial
 * changes nothing, so it can never undo a cancellation made here. Other types are skipped.
 *
 * <p>An additional whose principal this service has already cancelled is cancelled at once, in the
 * same transaction (motivo PRINCIPAL_CANCELADO): certificate-service may have issued it just before
 * it heard of the cancellation, and the two topics are not ordered with each other. The principal's
 * row is locked first, as the cascade locks it, so either the cascade sees the additional or the
 * additional sees the cancelled principal; never neither.
 */
@ApplicationScoped
public class CertificateIssuedConsumer {

    static final String CONSUMER = "cancellation-service";
    private static final Logger LOG = Logger.getLogger(CertificateIssuedConsumer.class);

    private final IdempotentConsumer consumer;
    private final CancelacionService cancelaciones;
    private final EventHandlers handlers;

    CertificateIssuedConsumer(IdempotentConsumer consumer, CancelacionService cancelaciones) {
        this.consumer = consumer;
        this.cancelaciones = cancelaciones;
        this.handlers = new EventHandlers().on(CertificateIssued.class, this::issued);
    }

    @Incoming("certificates")
    @Blocking
    public void onCertificateEvent(String message) {
        consumer.consume(CONSUMER, message, handlers);
    }

    void issued(CertificateIssued event) {
        if (event.serial() == null || event.npie() == null || event.validoHasta() == null) {
            // Breaks the contract: retrying cannot help, so it goes to the dead-letter topic at once.
            throw new UnreadableEventException("CertificateIssued without serial, npie or validoHasta");
        }
        // 1. The principal first (the cascade's lock order), for an additional.
        Optional<CertificadoEntity> principal = event.tipo() == TipoCertificado.ADICIONAL && event.principalSerial() != null
                ? CertificadoEntity.lock(event.principalSerial()) : Optional.empty();
        // 2. Once per serial, forward only.
        if (CertificadoEntity.find(event.serial()).isPresent()) {
            LOG.debugf("Certificate %s already known; event ignored", event.serial());
            return;
        }
        CertificadoEntity certificado = new CertificadoEntity();
        certificado.numeroSerie = event.serial();
        certificado.folio = event.folio();
        certificado.tipo = event.tipo();
        certificado.npie = event.npie();
        certificado.correo = event.correo();
        certificado.principalSerial = event.principalSerial();
        certificado.principalCorreo = event.principalCorreo();
        certificado.validoDesde = event.validoDesde();
        certificado.validoHasta = event.validoHasta();
        certificado.estado = EstadoCertificado.ACTIVO;
        certificado.persist();
        // 3. Its principal is already cancelled: the cascade it missed, now.
        if (principal.isPresent() && principal.get().cancelled()) {
            cancelaciones.cascadeLate(certificado, principal.get());
            LOG.infof("Additional %s arrived after its principal %s was cancelled: cancelled at once", event.serial(),
                    event.principalSerial());
        }
    }
}
