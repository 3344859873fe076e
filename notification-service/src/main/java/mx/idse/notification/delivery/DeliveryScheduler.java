package mx.idse.notification.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import org.jboss.logging.Logger;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import mx.idse.notification.config.NotificationServiceConfig;

/**
 * Sends due notifications, one row per transaction: claim the row, send it, record the outcome.
 * A failed send is tried again after an exponentially growing wait, up to
 * {@code idse.notifications.max-attempts}, then the row is FAILED and counted. The blocking
 * {@link Mailer} is safe here: this is a scheduler worker thread, not a Kafka consumer's.
 */
@ApplicationScoped
public class DeliveryScheduler {

    private static final Logger LOG = Logger.getLogger(DeliveryScheduler.class);
    private static final int MAX_ERROR_LENGTH = 1000;

    private final NotificacionStore notifications;
    private final Mailer mailer;
    private final NotificationServiceConfig config;
    private final DeliveryMetrics metrics;
    private final Clock clock;
    private final ExecutorService senders;
    private final ExecutorService nudges = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "notification-nudge");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean nudgeQueued = new AtomicBoolean();

    DeliveryScheduler(NotificacionStore notifications, Mailer mailer, NotificationServiceConfig config, DeliveryMetrics metrics,
            Clock clock) {
        this.notifications = notifications;
        this.mailer = mailer;
        this.config = config;
        this.metrics = metrics;
        this.clock = clock;
        this.senders = Executors.newFixedThreadPool(Math.max(1, config.senders() - 1), runnable -> {
            Thread thread = new Thread(runnable, "notification-sender");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Scheduled(every = "${idse.notifications.poll-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sendDue() throws InterruptedException {
        // The scheduler's thread is one of the senders; the others run on the pool. The round ends
        // when every sender found nothing due (or sent its batch).
        List<Future<?>> others = new ArrayList<>();
        for (int i = 1; i < config.senders(); i++) {
            others.add(senders.submit(this::sendBatch));
        }
        sendBatch();
        for (Future<?> other : others) {
            try {
                other.get();
            } catch (ExecutionException e) {
                LOG.warnf("A sender stopped early: %s", e.getCause());
            }
        }
    }

    /**
     * An email was recorded and its transaction committed: send now instead of at the next poll
     * (the scheduler cannot poll more often than once a second). Nudges while one is queued share it.
     */
    void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) NotificacionQueued queued) {
        if (nudgeQueued.compareAndSet(false, true)) {
            nudges.execute(() -> {
                nudgeQueued.set(false);
                try {
                    sendDue();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (RuntimeException e) {
                    LOG.warnf("Immediate send failed; the scheduler retries: %s", e.getMessage());
                }
            });
        }
    }

    /** Sends due emails one transaction each until none is due or the batch is done. */
    private void sendBatch() {
        for (int i = 0; i < config.batchSize(); i++) {
            Boolean sentOne = QuarkusTransaction.requiringNew().call(this::sendNextDue);
            if (!sentOne) {
                return;
            }
        }
    }

    @PreDestroy
    void stop() {
        nudges.shutdownNow();
        senders.shutdownNow();
    }

    /** @return false when nothing was due */
    private boolean sendNextDue() {
        NotificacionEntity notification = notifications.claimNextDue().orElse(null);
        if (notification == null) {
            return false;
        }
        notification.attempts++;
        long start = System.nanoTime();
        try {
            mailer.send(toMail(notification));
            notification.status = EstadoNotificacion.SENT;
            notification.sentAt = clock.instant();
            notification.lastError = null;
            metrics.sent(Duration.ofNanos(System.nanoTime() - start));
        } catch (RuntimeException e) {
            failedAttempt(notification, e);
        }
        return true;
    }

    private void failedAttempt(NotificacionEntity notification, RuntimeException failure) {
        String error = String.valueOf(failure.getMessage());
        notification.lastError = error.length() > MAX_ERROR_LENGTH ? error.substring(0, MAX_ERROR_LENGTH) : error;
        if (notification.attempts >= config.maxAttempts()) {
            notification.status = EstadoNotificacion.FAILED;
            metrics.failed();
            LOG.errorf("Notification %d (%s) FAILED after %d attempts: %s", notification.id, notification.template,
                    notification.attempts, error);
            return;
        }
        Instant next = clock.instant().plus(backoff(notification.attempts));
        notification.nextAttemptAt = next;
        metrics.retried();
        LOG.warnf("Notification %d (%s) attempt %d failed, next at %s: %s", notification.id, notification.template,
                notification.attempts, next, error);
    }

    /** initial delay x 2^(failures - 1), at most the configured maximum. */
    Duration backoff(int failures) {
        Duration delay = config.retryInitialDelay().multipliedBy(1L << Math.min(failures - 1, 30));
        return delay.compareTo(config.retryMaxDelay()) > 0 ? config.retryMaxDelay() : delay;
    }

    private static Mail toMail(NotificacionEntity notification) {
        return Mail.withHtml(notification.recipient, notification.subject, notification.htmlBody)
                .setText(notification.textBody)
                .addHeader("Message-ID", notification.messageId);
    }
}
