package mx.idse.request.messaging;

import static mx.idse.request.support.Solicitudes.personaMoral;
import static mx.idse.request.support.Solicitudes.submitValid;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import mx.idse.events.Topics;
import mx.idse.events.outbox.OutboxRelay;
import mx.idse.events.testing.OutboxRows;
import mx.idse.testinfra.KafkaTopics;

/**
 * Only one relay publishes at a time: while another replica holds the relay lock, this one waits;
 * when that replica dies (its connection closes), this one takes over.
 */
@QuarkusTest
class SingleActiveRelayTest {

    @Inject
    AgroalDataSource dataSource;
    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;
    @ConfigProperty(name = "quarkus.datasource.username")
    String username;
    @ConfigProperty(name = "quarkus.datasource.password")
    String password;

    @Test
    void waitsWhileAnotherReplicaRelaysAndTakesOverWhenItDies() throws Exception {
        String folio;
        // A plain JDBC session, not a pooled one: closing it really ends the session, as a crash would.
        try (Connection otherReplica = DriverManager.getConnection(jdbcUrl, username, password)) {
            otherReplica.setAutoCommit(false);
            try (PreparedStatement lock = otherReplica.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
                lock.setLong(1, OutboxRelay.RELAY_LOCK_KEY);
                lock.execute();
            }

            folio = submitValid(personaMoral());
            String pendingFolio = folio;

            await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
                    .until(() -> pendingEventsFor(pendingFolio) == 1);
        } // the other replica "dies": its connection closes and the lock is released

        String publishedFolio = folio;
        await().atMost(Duration.ofSeconds(30)).until(() -> pendingEventsFor(publishedFolio) == 0);
        assertEquals(1, KafkaTopics.awaitRecords(Topics.REQUESTS, r -> publishedFolio.equals(r.key()), 1,
                Duration.ofSeconds(30)).size());
    }

    private int pendingEventsFor(String folio) throws Exception {
        return OutboxRows.pendingFor(dataSource, folio);
    }
}
