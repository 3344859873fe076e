package mx.idse.notification.delivery;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import mx.idse.events.testing.EventPayloads;
import mx.idse.events.testing.TestEvents;
import mx.idse.testinfra.Infrastructure;

@QuarkusTest
class DeliverySchedulerTest {

    @Inject
    DeliveryScheduler scheduler;
    @Inject
    MeterRegistry registry;

    @Test
    void backoffDoublesUpToTheMaximum() {
        // Test profile: initial PT0.5S, maximum PT2S.
        assertEquals(Duration.ofMillis(500), scheduler.backoff(1));
        assertEquals(Duration.ofSeconds(1), scheduler.backoff(2));
        assertEquals(Duration.ofSeconds(2), scheduler.backoff(3));
        assertEquals(Duration.ofSeconds(2), scheduler.backoff(10));
    }

    @Test
    void aSentEmailIsLoggedAsSentOnItsFirstAttempt() {
        double sentBefore = registry.counter("idse.notifications.sent").count();
        long timedBefore = registry.timer("idse.notifications.send").count();
        String correo = "log-" + UUID.randomUUID() + "@example.mx";
        TestEvents.publish(EventPayloads.requestExpired().folio("FOLIO-LOG-1").correo(correo).build(), "FOLIO-LOG-1");
        assertEquals(1, Infrastructure.smtp().awaitMessagesFor(correo, 1, Duration.ofSeconds(30)).size());

        // The row may be committed a moment after the server took the mail.
        NotificacionEntity row = await().atMost(Duration.ofSeconds(5)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> NotificacionEntity.<NotificacionEntity>find("recipient", correo).firstResult()),
                found -> found.status == EstadoNotificacion.SENT);
        assertEquals(1, row.attempts);
        assertEquals("FOLIO-LOG-1", row.folio);
        assertNotNull(row.sentAt);
        assertTrue(registry.counter("idse.notifications.sent").count() >= sentBefore + 1, "sent counter grew");
        assertTrue(registry.timer("idse.notifications.send").count() >= timedBefore + 1, "send latency recorded");
    }
}
