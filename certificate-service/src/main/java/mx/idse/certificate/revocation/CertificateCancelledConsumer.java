package mx.idse.certificate.revocation;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.common.annotation.Blocking;
import mx.idse.events.consumer.EventHandlers;
import mx.idse.events.consumer.IdempotentConsumer;
import mx.idse.events.payload.CertificateCancelled;

/**
 * CertificateCancelled from {@code idse.cancellations}, one at a time and in order. A revocation
 * must never be skipped: every failure on our side is retried until it applies
 * ({@link EventHandlers#neverDeadLetter()}); only an unreadable event goes to the dead-letter topic.
 */
@ApplicationScoped
public class CertificateCancelledConsumer {

    static final String CONSUMER = "certificate-service.revocation";

    private final IdempotentConsumer consumer;
    private final EventHandlers handlers;

    CertificateCancelledConsumer(IdempotentConsumer consumer, Revocations revocations) {
        this.consumer = consumer;
        this.handlers = new EventHandlers().on(CertificateCancelled.class, revocations::apply).neverDeadLetter();
    }

    @Incoming("cancellations")
    @Blocking
    public void onMessage(String message) {
        consumer.consume(CONSUMER, message, handlers);
    }
}
