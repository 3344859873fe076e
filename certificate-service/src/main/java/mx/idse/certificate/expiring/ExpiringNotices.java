package mx.idse.certificate.expiring;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import mx.idse.certificate.certificado.CertificadoEntity;
import mx.idse.certificate.config.ExpiringConfig;
import mx.idse.events.outbox.Outbox;
import mx.idse.events.payload.CertificateExpiring;

/**
 * Emits CertificateExpiring {@code idse.expiring.notice-days} (30 and 7) days before an active
 * certificate's notAfter, once each. A certificate is told only about the nearest window it is in
 * (one issued with 20 days left gets the 7-day notice, never a late 30-day one).
 *
 * <p>Each batch is one transaction: an {@code INSERT ... ON CONFLICT DO NOTHING RETURNING} into
 * {@code expiring_notice} claims the notices, and their outbox events are recorded with them. Two
 * replicas running at once claim disjoint rows (the second waits for the first's commit and then
 * finds the key taken), so no notice is emitted twice. Counted in {@code idse.expiring.notices{dias}}.
 */
@ApplicationScoped
public class ExpiringNotices {

    private static final Logger LOG = Logger.getLogger(ExpiringNotices.class);
    private static final String CLAIM = "INSERT INTO expiring_notice (numero_serie, dias, sent_at)"
            + " SELECT c.numero_serie, ?1, ?2 FROM certificate c"
            + " WHERE c.estado = 'ACTIVO' AND c.not_after > ?3 AND c.not_after <= ?4"
            + " AND NOT EXISTS (SELECT 1 FROM expiring_notice n WHERE n.numero_serie = c.numero_serie AND n.dias = ?1)"
            + " ORDER BY c.not_after LIMIT ?5"
            + " ON CONFLICT DO NOTHING RETURNING numero_serie";

    private final EntityManager entityManager;
    private final Outbox outbox;
    private final ExpiringConfig config;
    private final MeterRegistry registry;
    private final Clock clock;

    ExpiringNotices(EntityManager entityManager, Outbox outbox, ExpiringConfig config, MeterRegistry registry, Clock clock) {
        this.entityManager = entityManager;
        this.outbox = outbox;
        this.config = config;
        this.registry = registry;
        this.clock = clock;
    }

    @Scheduled(every = "${idse.expiring.check-interval}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        try {
            emitDue();
        } catch (RuntimeException e) {
            LOG.warnf("CertificateExpiring check failed; retried at the next run: %s", e.toString());
        }
    }

    /** Emits every notice now due; returns how many. */
    public int emitDue() {
        Instant now = clock.instant();
        List<Integer> days = config.noticeDays().stream().sorted(Comparator.reverseOrder()).distinct().toList();
        int emitted = 0;
        for (int i = 0; i < days.size(); i++) {
            // The window of a notice ends where the next, nearer notice's begins.
            Instant from = i + 1 < days.size() ? now.plus(Duration.ofDays(days.get(i + 1))) : now;
            Instant to = now.plus(Duration.ofDays(days.get(i)));
            int batch;
            do {
                int dias = days.get(i);
                batch = QuarkusTransaction.requiringNew().call(() -> emitBatch(dias, now, from, to));
                emitted += batch;
            } while (batch == config.batchSize());
        }
        return emitted;
    }

    private int emitBatch(int dias, Instant now, Instant from, Instant to) {
        @SuppressWarnings("unchecked")
        List<String> claimed = entityManager.createNativeQuery(CLAIM)
                .setParameter(1, dias)
                .setParameter(2, Timestamp.from(now))
                .setParameter(3, Timestamp.from(from))
                .setParameter(4, Timestamp.from(to))
                .setParameter(5, config.batchSize())
                .getResultList();
        for (String serial : claimed) {
            CertificadoEntity certificate = entityManager.find(CertificadoEntity.class, serial);
            outbox.record(new CertificateExpiring(serial, certificate.tipo, certificate.npie,
                    certificate.correo, certificate.notAfter), serial);
        }
        if (!claimed.isEmpty()) {
            registry.counter("idse.expiring.notices", "dias", Integer.toString(dias)).increment(claimed.size());
            LOG.infof("CertificateExpiring: %d notices %d days before expiry", claimed.size(), dias);
        }
        return claimed.size();
    }
}
