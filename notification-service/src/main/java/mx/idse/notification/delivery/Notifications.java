package mx.idse.notification.delivery;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;

import mx.idse.notification.config.NotificationConfig;
import mx.idse.notification.mail.Email;

/** The notification table: recording new emails and claiming the ones due. */
@ApplicationScoped
public class Notifications {

    private final EntityManager entityManager;
    private final NotificationConfig config;
    private final Clock clock;
    private final Event<NotificationQueued> queued;

    Notifications(EntityManager entityManager, NotificationConfig config, Clock clock, Event<NotificationQueued> queued) {
        this.entityManager = entityManager;
        this.config = config;
        this.clock = clock;
        this.queued = queued;
    }

    /**
     * Records one email as PENDING, due now, in the caller's transaction (the consumer's, which
     * also records the event as consumed). The unique (event id, template, recipient) key refuses
     * a second row for the same email.
     */
    public void record(UUID eventId, Email email) {
        Instant now = clock.instant();
        Notification notification = new Notification();
        notification.eventId = eventId;
        notification.template = email.template();
        notification.recipient = email.recipient();
        notification.folio = email.folio();
        notification.subject = email.subject();
        notification.htmlBody = email.html();
        notification.textBody = email.text();
        notification.messageId = messageId(eventId, email);
        notification.status = NotificationStatus.PENDING;
        notification.attempts = 0;
        notification.nextAttemptAt = now;
        notification.createdAt = now;
        notification.persist();
        // Observed after the commit: the email goes out now rather than at the next poll.
        queued.fire(new NotificationQueued());
    }

    /**
     * Locks the oldest due PENDING row for the caller's transaction; rows another instance is
     * sending are skipped, so no email is sent twice at the same time.
     */
    Optional<Notification> claimNextDue() {
        @SuppressWarnings("unchecked")
        var rows = (List<Notification>) entityManager.createNativeQuery("""
                SELECT * FROM notification
                WHERE status = 'PENDING' AND next_attempt_at <= ?1
                ORDER BY next_attempt_at
                LIMIT 1
                FOR UPDATE SKIP LOCKED""", Notification.class)
                .setParameter(1, clock.instant())
                .getResultList();
        return rows.stream().findFirst();
    }

    /**
     * {@code <event-id.template.n@domain>}: the same for every attempt of one email, so a retried
     * send (e.g. after a lost SMTP reply) is recognisable as the same message.
     */
    private String messageId(UUID eventId, Email email) {
        String recipientTag = Integer.toHexString(email.recipient().toLowerCase().hashCode());
        return "<" + eventId + "." + email.template() + "." + recipientTag + "@" + config.messageIdDomain() + ">";
    }
}
