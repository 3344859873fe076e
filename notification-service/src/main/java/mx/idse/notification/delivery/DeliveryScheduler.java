package mx.idse.notification.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import mx.idse.notification.config.NotificationConfig;

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

    private final Notifications notifications;
    private final Mailer mailer;
    private final NotificationConfig config;
    private final DeliveryMetrics metrics;
    private final Clock clock;

    DeliveryScheduler(Notifications notifications, Mailer mailer, NotificationConfig config, DeliveryMetrics metrics,
            Clock clock) {
        this.notifications = notifications;
        this.mailer = mailer;
        this.config = config;
        this.metrics = metrics;
        this.clock = clock;
    }

    @Scheduled(every = "${idse.notifications.poll-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sendDue() {
        for (int i = 0; i < config.batchSize(); i++) {
            Boolean sentOne = QuarkusTransaction.requiringNew().call(this::sendNextDue);
            if (!sentOne) {
                return;
            }
        }
    }

    /** @return false when nothing was due */
    private boolean sendNextDue() {
        Notification notification = notifications.claimNextDue().orElse(null);
        if (notification == null) {
            return false;
        }
        notification.attempts++;
        long start = System.nanoTime();
        try {
            mailer.send(toMail(notification));
            notification.status = NotificationStatus.SENT;
            notification.sentAt = clock.instant();
            notification.lastError = null;
            metrics.sent(Duration.ofNanos(System.nanoTime() - start));
        } catch (RuntimeException e) {
            failedAttempt(notification, e);
        }
        return true;
    }

    private void failedAttempt(Notification notification, RuntimeException failure) {
        String error = String.valueOf(failure.getMessage());
        notification.lastError = error.length() > MAX_ERROR_LENGTH ? error.substring(0, MAX_ERROR_LENGTH) : error;
        if (notification.attempts >= config.maxAttempts()) {
            notification.status = NotificationStatus.FAILED;
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

    private static Mail toMail(Notification notification) {
        return Mail.withHtml(notification.recipient, notification.subject, notification.htmlBody)
                .setText(notification.textBody)
                .addHeader("Message-ID", notification.messageId);
    }
}
