package mx.idse.cancellation.cancelacion;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import mx.idse.cancellation.certificado.CertificadoEntity;
import mx.idse.events.outbox.Outbox;
import mx.idse.events.payload.CertificateCancelled;
import mx.idse.events.payload.MotivoCancelacion;
import mx.idse.platform.problem.ApiProblem;
import mx.idse.platform.problem.ProblemCode;
import mx.idse.platform.time.MexicoCity;

/**
 * Cancels a certificate: its row and its CertificateCancelled event in one transaction, and for a
 * principal the same for every ACTIVO additional under it (motivo PRINCIPAL_CANCELADO). Who may
 * ask is the caller's business (online or in person); this class decides only whether the
 * certificate can still be cancelled.
 */
@ApplicationScoped
public class CancelacionService {

    private final Outbox outbox;
    private final CancelacionMetrics metrics;
    private final Clock clock;

    CancelacionService(Outbox outbox, CancelacionMetrics metrics, Clock clock) {
        this.outbox = outbox;
        this.metrics = metrics;
        this.clock = clock;
    }

    @Transactional
    public CancelacionOutcome cancel(CancelacionOrder order) {
        Instant now = clock.instant();
        // 1. Lock the certificate: a second cancellation of the same serial waits here, then sees it cancelled.
        CertificadoEntity certificado = CertificadoEntity.lock(order.numeroSerie())
                .orElseThrow(() -> unknown(order.numeroSerie()));
        // 2. Only an ACTIVO certificate within its validity can be cancelled.
        requireCancellable(certificado, now);
        // 3. The cancellation itself: read model, row and event together.
        CancelacionEntity cancelacion = record(certificado, order.motivo(), order, null, now);
        // 4. A principal takes its active additionals with it, each with its own row and event.
        List<String> adicionales = new ArrayList<>();
        if (certificado.principal()) {
            for (CertificadoEntity adicional : CertificadoEntity.lockActiveAdicionalesOf(certificado.numeroSerie)) {
                record(adicional, MotivoCancelacion.PRINCIPAL_CANCELADO, order, cancelacion.id, now);
                adicionales.add(adicional.numeroSerie);
            }
        }
        return new CancelacionOutcome(cancelacion, List.copyOf(adicionales));
    }

    /**
     * The cascade for an additional that reached this service after its principal was cancelled:
     * cancelled now, in the caller's transaction (the one that records it), as the cascade would
     * have: motivo PRINCIPAL_CANCELADO, on the word of the principal's cancellation.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void cascadeLate(CertificadoEntity adicional, CertificadoEntity principal) {
        CancelacionEntity cause = CancelacionEntity.ofSerial(principal.numeroSerie).orElseThrow(() ->
                new IllegalStateException("Principal " + principal.numeroSerie + " is cancelled without a cancellation"));
        CancelacionOrder order = new CancelacionOrder(principal.numeroSerie, cause.motivo(), cause.canal,
                cause.solicitadaPor, cause.operador, cause.subdelegacion);
        record(adicional, MotivoCancelacion.PRINCIPAL_CANCELADO, order, cause.id, clock.instant());
    }

    @Transactional
    public CancelacionOutcome find(UUID id) {
        CancelacionEntity cancelacion = CancelacionEntity.<CancelacionEntity>findByIdOptional(id)
                .orElseThrow(() -> ApiProblem.notFound("No existe la cancelación " + id + "."));
        return new CancelacionOutcome(cancelacion, CancelacionEntity.cascadedBy(id));
    }

    /** 404 for an unknown serial, as the in-person route and an additional's serial online answer. */
    public static ApiProblem unknown(String numeroSerie) {
        return ApiProblem.notFound("No existe un certificado con el número de serie " + numeroSerie + ".");
    }

    private static void requireCancellable(CertificadoEntity certificado, Instant now) {
        if (certificado.cancelled()) {
            CancelacionEntity existing = CancelacionEntity.ofSerial(certificado.numeroSerie).orElseThrow();
            throw new ApiProblem(ProblemCode.CERTIFICADO_YA_CANCELADO, "El certificado " + certificado.numeroSerie
                    + " ya fue cancelado el " + MexicoCity.format(existing.fecha) + " (cancelación " + existing.id
                    + ", motivo " + existing.motivo + ").", List.of(),
                    Map.of("Location", CancelacionResource.PATH + "/" + existing.id));
        }
        if (certificado.expiredAt(now)) {
            throw new ApiProblem(ProblemCode.ESTADO_NO_PERMITE_OPERACION, "El certificado " + certificado.numeroSerie
                    + " venció el " + MexicoCity.format(certificado.validoHasta) + "; ya no es necesario cancelarlo.");
        }
    }

    private CancelacionEntity record(CertificadoEntity certificado, MotivoCancelacion motivo, CancelacionOrder order,
                                     UUID causaId, Instant now) {
        certificado.cancel(now);
        CancelacionEntity cancelacion = new CancelacionEntity();
        cancelacion.id = UUID.randomUUID();
        cancelacion.numeroSerie = certificado.numeroSerie;
        cancelacion.motivo = motivo.name();
        cancelacion.canal = order.canal();
        cancelacion.fecha = now;
        cancelacion.solicitadaPor = order.solicitadaPor();
        cancelacion.operador = order.operador();
        cancelacion.subdelegacion = order.subdelegacion();
        cancelacion.causaId = causaId;
        cancelacion.persist();
        outbox.record(new CertificateCancelled(certificado.numeroSerie, certificado.folio, certificado.tipo, certificado.npie,
                certificado.correo, motivo.name(), order.canal().name(), now, order.operador(), order.subdelegacion(),
                certificado.principalSerial, certificado.principalCorreo), certificado.numeroSerie);
        metrics.cancelled(motivo, order.canal());
        return cancelacion;
    }
}
