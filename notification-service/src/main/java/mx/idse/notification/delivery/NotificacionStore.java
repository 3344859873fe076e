package mx.idse.notification.delivery;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

import mx.idse.notification.config.NotificationServiceConfig;
import mx.idse.notification.mail.Email;

/** The notification table: recording new emails, claiming the ones due, and the delivery log's search. */
@ApplicationScoped
public class NotificacionStore {

    private final EntityManager entityManager;
    private final NotificationServiceConfig config;
    private final Clock clock;
    private final Event<NotificacionQueued> queued;

    NotificacionStore(EntityManager entityManager, NotificationServiceConfig config, Clock clock, Event<NotificacionQueued> queued) {
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
        NotificacionEntity notification = new NotificacionEntity();
        notification.eventId = eventId;
        notification.template = email.template();
        notification.recipient = email.recipient();
        notification.folio = email.folio();
        notification.subject = email.subject();
        notification.htmlBody = email.html();
        notification.textBody = email.text();
        notification.messageId = messageId(eventId, email);
        notification.status = EstadoNotificacion.PENDING;
        notification.attempts = 0;
        notification.nextAttemptAt = now;
        notification.createdAt = now;
        notification.persist();
        // Observed after the commit: the email goes out now rather than at the next poll.
        queued.fire(new NotificacionQueued());
    }

    /**
     * The newest {@code max} notifications to a correo (lower case) and/or about a folio (upper
     * case); a null criterion does not filter.
     */
    public List<NotificacionEntity> log(String correo, String folio, int max) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (correo != null) {
            conditions.add("lower(recipient) = :correo");
            parameters.put("correo", correo);
        }
        if (folio != null) {
            conditions.add("folio = :folio");
            parameters.put("folio", folio);
        }
        return NotificacionEntity.<NotificacionEntity>find(String.join(" and ", conditions),
                Sort.descending("createdAt", "id"), parameters).page(Page.ofSize(max)).list();
    }

    /**
     * Locks the oldest due PENDING row for the caller's transaction; rows another instance is
     * sending are skipped, so no email is sent twice at the same time.
     */
    Optional<NotificacionEntity> claimNextDue() {
        @SuppressWarnings("unchecked")
        var rows = (List<NotificacionEntity>) entityManager.createNativeQuery("""
                SELECT * FROM notification
                WHERE status = 'PENDING' AND next_attempt_at <= ?1
                ORDER BY next_attempt_at
                LIMIT 1
                FOR UPDATE SKIP LOCKED""", NotificacionEntity.class)
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
