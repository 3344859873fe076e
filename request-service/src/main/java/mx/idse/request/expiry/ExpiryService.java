package mx.idse.request.expiry;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.BiConsumer;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import mx.idse.events.outbox.Outbox;
import mx.idse.events.payload.RequestDeadlineApproaching;
import mx.idse.events.payload.RequestExpired;
import mx.idse.request.config.RequestServiceConfig;
import mx.idse.request.deadline.DeadlineService;
import mx.idse.request.solicitud.EstadoSolicitud;
import mx.idse.request.solicitud.SolicitudMetrics;
import mx.idse.request.solicitud.SolicitudAuditEntity;
import mx.idse.request.solicitud.SolicitudEntity;
import mx.idse.request.solicitud.SolicitudEvents;

/**
 * Time-driven transitions, in batches. Rows are claimed with {@code FOR UPDATE SKIP LOCKED}, so two
 * replicas running the job at once split the work instead of doing it twice (each row is
 * independent, so the order between them does not matter here).
 */
@ApplicationScoped
public class ExpiryService {

    private static final Logger LOG = Logger.getLogger(ExpiryService.class);

    private final Outbox outbox;
    private final DeadlineService deadlines;
    private final SolicitudMetrics metrics;
    private final RequestServiceConfig config;
    private final Clock clock;

    ExpiryService(Outbox outbox, DeadlineService deadlines, SolicitudMetrics metrics, RequestServiceConfig config,
            Clock clock) {
        this.outbox = outbox;
        this.deadlines = deadlines;
        this.metrics = metrics;
        this.config = config;
        this.clock = clock;
    }

    /** PENDIENTE requests whose deadline day has ended in Mexico City become VENCIDA; returns how many. */
    public int expireOverdue() {
        int total = inBatches("estado = 'PENDIENTE' AND expires_at <= ?1 ORDER BY expires_at", this::expire);
        if (total > 0) {
            LOG.infof("Expired %d requests past their deadline", total);
        }
        return total;
    }

    /** Sends RequestDeadlineApproaching once to each PENDIENTE request that reached its notice day. */
    public int sendDeadlineNotices() {
        return inBatches("estado = 'PENDIENTE' AND deadline_notice_sent_at IS NULL"
                + " AND deadline_notice_at <= ?1 AND expires_at > ?1 ORDER BY deadline_notice_at", this::notice);
    }

    /** A certificate past its validity no longer holds its usuario. */
    public int releaseUsuariosOfExpiredCertificates() {
        return inBatches("usuario_held AND estado = 'ATENDIDA' AND certificate_valid_until <= ?1",
                (solicitud, now) -> solicitud.certificateExpired());
    }

    private void expire(SolicitudEntity solicitud, Instant now) {
        solicitud.expire(now);
        SolicitudAuditEntity.record(solicitud, SolicitudAuditEntity.SYSTEM, "Vencida: plazo de conclusión agotado", now);
        outbox.record(new RequestExpired(solicitud.folio, solicitud.tipo, solicitud.correo, solicitud.nombre,
                solicitud.fechaLimite, now), solicitud.folio);
        metrics.reached(EstadoSolicitud.VENCIDA);
    }

    private void notice(SolicitudEntity solicitud, Instant now) {
        solicitud.deadlineNoticeSentAt = now;
        outbox.record(new RequestDeadlineApproaching(solicitud.folio, solicitud.tipo, solicitud.correo,
                solicitud.nombre, solicitud.fechaLimite, deadlines.businessDaysLeft(now, solicitud.fechaLimite)),
                solicitud.folio);
    }

    /** Claims and handles matching rows, one transaction per batch, until none are left. */
    private int inBatches(String condition, BiConsumer<SolicitudEntity, Instant> action) {
        int total = 0;
        int batch;
        do {
            batch = QuarkusTransaction.requiringNew().call(() -> {
                Instant now = clock.instant();
                List<SolicitudEntity> claimed = SolicitudEntity.claimDue(condition, now, config.schedulerBatchSize());
                claimed.forEach(solicitud -> action.accept(solicitud, now));
                return claimed.size();
            });
            total += batch;
        } while (batch == config.schedulerBatchSize());
        return total;
    }
}
