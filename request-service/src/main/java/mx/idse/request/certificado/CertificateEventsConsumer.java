package mx.idse.request.certificado;

import java.time.Clock;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import io.smallrye.common.annotation.Blocking;
import mx.idse.events.consumer.EventHandlers;
import mx.idse.events.consumer.IdempotentConsumer;
import mx.idse.events.payload.CertificateCancelled;
import mx.idse.events.payload.CertificateIssuanceFailed;
import mx.idse.events.payload.CertificateIssued;
import mx.idse.request.solicitud.EstadoSolicitud;
import mx.idse.request.solicitud.SolicitudMetrics;
import mx.idse.request.solicitud.SolicitudAuditEntity;
import mx.idse.request.solicitud.SolicitudEntity;

/**
 * Follows what certificate-service and cancellation-service did with a concluded request:
 * CONCLUIDA -> ATENDIDA (serial, NPIE) or FALLIDA, and frees the usuario once the certificate is
 * cancelled. Transitions are forward-only, so a late or repeated event changes nothing.
 */
@ApplicationScoped
public class CertificateEventsConsumer {

    static final String CONSUMER = "request-service";
    private static final Logger LOG = Logger.getLogger(CertificateEventsConsumer.class);

    private final IdempotentConsumer consumer;
    private final SolicitudMetrics metrics;
    private final Clock clock;
    private final EventHandlers handlers;

    CertificateEventsConsumer(IdempotentConsumer consumer, SolicitudMetrics metrics, Clock clock) {
        this.consumer = consumer;
        this.metrics = metrics;
        this.clock = clock;
        this.handlers = new EventHandlers()
                .on(CertificateIssued.class, this::issued)
                .on(CertificateIssuanceFailed.class, this::failed)
                .on(CertificateCancelled.class, this::cancelled);
    }

    @Incoming("certificates")
    @Blocking
    public void onCertificateEvent(String message) {
        consumer.consume(CONSUMER, message, handlers);
    }

    @Incoming("cancellations")
    @Blocking
    public void onCancellationEvent(String message) {
        consumer.consume(CONSUMER, message, handlers);
    }

    void issued(CertificateIssued event) {
        concludedRequest(event.folio(), event.tipo()).ifPresent(solicitud -> {
            solicitud.certificateIssued(event.serial(), event.npie(), event.validoDesde(), event.validoHasta());
            SolicitudAuditEntity.record(solicitud, SolicitudAuditEntity.SYSTEM,
                    "Certificado emitido: " + event.serial(), clock.instant());
            metrics.reached(EstadoSolicitud.ATENDIDA);
        });
    }

    void failed(CertificateIssuanceFailed event) {
        concludedRequest(event.folio(), event.tipo()).ifPresent(solicitud -> {
            solicitud.issuanceFailed(event.detalle() != null ? event.detalle() : event.motivo());
            SolicitudAuditEntity.record(solicitud, SolicitudAuditEntity.SYSTEM,
                    "Emisión rechazada: " + event.motivo(), clock.instant());
            metrics.reached(EstadoSolicitud.FALLIDA);
        });
    }

    /**
     * Found by folio first: a cancellation handled before the issuance event (another topic) must
     * still free the usuario, and the later CertificateIssued cannot take it back. The serial is
     * the fallback for events without a folio.
     */
    void cancelled(CertificateCancelled event) {
        Optional<SolicitudEntity> found = Optional.empty();
        if (event.folio() != null) {
            found = SolicitudEntity.findByIdOptional(event.folio(), LockModeType.PESSIMISTIC_WRITE);
        }
        if (found.isEmpty() && event.serial() != null) {
            found = SolicitudEntity.<SolicitudEntity>find("numeroSerie", event.serial())
                    .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
        }
        found.filter(solicitud -> solicitud.certificateCancelledAt == null).ifPresent(solicitud -> {
            solicitud.certificateCancelled(event.serial(), event.fechaCancelacion());
            SolicitudAuditEntity.record(solicitud, SolicitudAuditEntity.SYSTEM,
                    "Certificado cancelado: " + event.motivo(), clock.instant());
        });
    }

    /** The request still waiting for its certificate; anything else is a late or foreign event. */
    private Optional<SolicitudEntity> concludedRequest(String folio, Enum<?> tipo) {
        if (folio == null || tipo == null) {
            return Optional.empty();
        }
        Optional<SolicitudEntity> found = SolicitudEntity.<SolicitudEntity>findByIdOptional(folio,
                LockModeType.PESSIMISTIC_WRITE);
        if (found.isEmpty() || found.get().estado != EstadoSolicitud.CONCLUIDA) {
            LOG.debugf("Ignoring certificate event for folio %s in state %s", folio,
                    found.map(s -> s.estado).orElse(null));
            return Optional.empty();
        }
        return found;
    }
}
