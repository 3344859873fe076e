package mx.idse.request.submission;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import mx.idse.request.config.RequestServiceConfig;

/**
 * Forgets Idempotency-Keys older than {@code idse.requests.idempotency-key-retention}: a client
 * retries within minutes, and a key kept forever would block its reuse and grow the table. Runs on
 * the scheduler's cron ({@code idse.requests.expiry-cron}) next to the expiry job.
 */
@ApplicationScoped
public class IdempotencyKeyPurge {

    private static final Logger LOG = Logger.getLogger(IdempotencyKeyPurge.class);

    private final RequestServiceConfig config;
    private final Clock clock;

    IdempotencyKeyPurge(RequestServiceConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(identity = "idempotency-key-purge", cron = "${idse.requests.expiry-cron}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        purgeExpired();
    }

    /** Deletes the keys created before now minus the retention; returns how many. */
    public long purgeExpired() {
        Instant cutoff = clock.instant().minus(config.idempotencyKeyRetention());
        long deleted = QuarkusTransaction.requiringNew().call(() -> IdempotencyKeyEntity.delete("createdAt < ?1", cutoff));
        if (deleted > 0) {
            LOG.infof("Purged %d idempotency keys created before %s", deleted, cutoff);
        }
        return deleted;
    }
}
