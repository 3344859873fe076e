package mx.idse.notification.delivery;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import mx.idse.events.testing.EventPayloads;
import mx.idse.events.testing.TestEvents;
import mx.idse.testinfra.EmbeddedSmtpServer;

/** With the SMTP server down, nothing is lost, nothing is sent twice, and hopeless emails end FAILED. */
@QuarkusTest
@TestProfile(SmtpOutageTest.OwnSmtpServer.class)
class SmtpOutageTest {

    /** An SMTP server only this test starts and stops; its port is pinned before Quarkus starts. */
    static final EmbeddedSmtpServer SMTP = EmbeddedSmtpServer.ephemeral();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    public static class OwnSmtpServer implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.mailer.host", SMTP.host(), "quarkus.mailer.port", String.valueOf(SMTP.port()),
                    "idse.notifications.max-attempts", "4");
        }
    }

    @Inject
    MeterRegistry registry;

    @AfterEach
    void stopServer() {
        SMTP.stop();
    }

    @Test
    void anEmailWaitsForTheServerAndIsDeliveredOnceWhenItIsBack() {
        SMTP.stop();
        String correo = "outage-" + UUID.randomUUID() + "@example.mx";
        publishFor(correo);
        NotificacionEntity failedOnce = awaitRow(correo, row -> row.attempts >= 1 && row.lastError != null);
        assertEquals(EstadoNotificacion.PENDING, failedOnce.status);

        SMTP.start();

        assertEquals(1, SMTP.awaitMessagesFor(correo, 1, TIMEOUT).size());
        NotificacionEntity sent = awaitRow(correo, row -> row.status == EstadoNotificacion.SENT);
        assertNotNull(sent.sentAt);
        assertTrue(registry.counter("idse.notifications.retried").count() >= 1);
        // Once SENT the row is never claimed again: still exactly one message after the next runs.
        awaitRow(correo, row -> row.status == EstadoNotificacion.SENT);
        assertEquals(1, SMTP.receivedMessagesFor(correo).size());
    }

    @Test
    void anEmailThatNeverGoesThroughEndsFailedAndCounted() {
        SMTP.stop();
        double failedBefore = registry.counter("idse.notifications.failed").count();
        String correo = "hopeless-" + UUID.randomUUID() + "@example.mx";
        publishFor(correo);

        NotificacionEntity failed = awaitRow(correo, row -> row.status == EstadoNotificacion.FAILED);

        assertEquals(4, failed.attempts);
        assertNotNull(failed.lastError);
        assertEquals(failedBefore + 1, registry.counter("idse.notifications.failed").count());
    }

    private static void publishFor(String correo) {
        String folio = "F-" + UUID.randomUUID().toString().substring(0, 8);
        TestEvents.publish(EventPayloads.requestExpired().folio(folio).correo(correo).build(), folio);
    }

    private static NotificacionEntity awaitRow(String correo, Predicate<NotificacionEntity> condition) {
        return await().atMost(TIMEOUT).pollInterval(Duration.ofMillis(50))
                .until(() -> QuarkusTransaction.requiringNew()
                        .call(() -> NotificacionEntity.<NotificacionEntity>find("recipient", correo).firstResult()),
                        row -> row != null && condition.test(row));
    }
}
