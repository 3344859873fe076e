package mx.idse.cancellation.certificado;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import io.smallrye.common.annotation.Blocking;
import mx.idse.events.UnreadableEventException;
import mx.idse.events.consumer.EventHandlers;
import mx.idse.events.consumer.IdempotentConsumer;
import mx.idse.events.payload.CertificateIssued;

/**
 * Keeps the read model of issued certificates from CertificateIssued on {@code idse.certificates}.
 * A certificate is inserted once, ACTIVO: a redelivery or a second event for the same serial
 * changes nothing, so it can never undo a cancellation made here. Other types are skipped.
 */
@ApplicationScoped
public class CertificateIssuedConsumer {

    static final String CONSUMER = "cancellation-service";
    private static final Logger LOG = Logger.getLogger(CertificateIssuedConsumer.class);

    private final IdempotentConsumer consumer;
    private final EventHandlers handlers;

    CertificateIssuedConsumer(IdempotentConsumer consumer) {
        this.consumer = consumer;
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
    }
}
