package mx.idse.notification.consumer;

import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.common.annotation.Blocking;
import mx.idse.events.EventJson;
import mx.idse.events.UnreadableEventException;
import mx.idse.events.consumer.EventHandlers;
import mx.idse.events.consumer.IdempotentConsumer;
import mx.idse.events.payload.CertificateCancelled;
import mx.idse.events.payload.CertificateExpiring;
import mx.idse.events.payload.CertificateIssuanceFailed;
import mx.idse.events.payload.CertificateIssued;
import mx.idse.events.payload.RequestDeadlineApproaching;
import mx.idse.events.payload.RequestExpired;
import mx.idse.events.payload.RequestRejected;
import mx.idse.events.payload.RequestSubmitted;
import mx.idse.notification.delivery.NotificacionStore;
import mx.idse.notification.mail.Email;
import mx.idse.notification.mail.EmailComposer;

/**
 * Every event that means an email: renders it and records it as a PENDING notification in the
 * same transaction that records the event as consumed ({@link IdempotentConsumer}), so a
 * redelivered event records nothing new. Nothing is sent here: the blocking mailer inside a
 * Kafka consumer deadlocks (Quarkus issue 28353); delivery/DeliveryScheduler sends.
 */
@ApplicationScoped
public class NotificacionConsumer {

    static final String CONSUMER = "notification-service";

    private final IdempotentConsumer consumer;
    private final EmailComposer composer;
    private final NotificacionStore notifications;

    NotificacionConsumer(IdempotentConsumer consumer, EmailComposer composer, NotificacionStore notifications) {
        this.consumer = consumer;
        this.composer = composer;
        this.notifications = notifications;
    }

    @Incoming("requests")
    @Blocking
    public void onRequestEvent(String message) {
        consume(message);
    }

    @Incoming("certificates")
    @Blocking
    public void onCertificateEvent(String message) {
        consume(message);
    }

    @Incoming("cancellations")
    @Blocking
    public void onCancellationEvent(String message) {
        consume(message);
    }

    private void consume(String message) {
        consumer.consume(CONSUMER, message, handlersFor(eventIdOf(message)));
    }

    /** The handlers record rows keyed by the event id, which the payload records do not carry. */
    private EventHandlers handlersFor(UUID eventId) {
        return new EventHandlers()
                .on(RequestSubmitted.class, record(eventId, composer::requestSubmitted))
                .on(RequestDeadlineApproaching.class, record(eventId, composer::requestDeadlineApproaching))
                .on(RequestExpired.class, record(eventId, composer::requestExpired))
                .on(RequestRejected.class, record(eventId, composer::requestRejected))
                .on(CertificateIssued.class, record(eventId, composer::certificateIssued))
                .on(CertificateIssuanceFailed.class, record(eventId, composer::certificateIssuanceFailed))
                .on(CertificateCancelled.class, record(eventId, composer::certificateCancelled))
                .on(CertificateExpiring.class, record(eventId, composer::certificateExpiring));
    }

    private <T> Consumer<T> record(UUID eventId, Function<T, List<Email>> compose) {
        return payload -> compose.apply(payload).forEach(email -> notifications.record(eventId, email));
    }

    /** Null for an unreadable message: IdempotentConsumer then reads it again and dead-letters it. */
    private static UUID eventIdOf(String message) {
        try {
            return EventJson.read(message).id();
        } catch (UnreadableEventException e) {
            return null;
        }
    }
}
