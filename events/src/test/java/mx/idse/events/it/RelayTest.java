package mx.idse.events.it;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import mx.idse.events.EventJson;
import mx.idse.events.Topics;
import mx.idse.events.outbox.Outbox;
import mx.idse.events.outbox.OutboxLag;
import mx.idse.events.payload.RequestWithdrawn;
import mx.idse.events.payload.TipoSolicitud;
import mx.idse.events.testing.OutboxRows;
import mx.idse.testinfra.Infrastructure;
import mx.idse.testinfra.KafkaTopics;

/** The outbox relay against a real PostgreSQL and a real Kafka broker that goes away and comes back. */
@QuarkusTest
class RelayTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Inject
    Outbox outbox;
    @Inject
    AgroalDataSource dataSource;
    @Inject
    OutboxLag lag;

    @AfterEach
    void brokerBackUp() {
        Infrastructure.kafka().start();
    }

    @Test
    void eventsOfOneKeyArePublishedInTheOrderTheyWereRecordedAndThenMarkedPublished() throws Exception {
        String folio = "F-" + UUID.randomUUID();
        List<UUID> recorded = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            recorded.add(record(folio));
            record("F-" + UUID.randomUUID()); // other keys in between
        }

        await().atMost(WAIT).until(() -> pending(folio) == 0);

        assertEquals(recorded, publishedIds(folio, recorded.size()));
    }

    @Test
    void whileKafkaIsDownEventsWaitAndAfterwardsTheyArePublishedInOrder() throws Exception {
        String folio = "F-" + UUID.randomUUID();
        List<UUID> recorded = new ArrayList<>();
        recorded.add(record(folio));
        await().atMost(WAIT).until(() -> pending(folio) == 0);

        Infrastructure.kafka().stop();
        // Several transactions, so the relay's failed rounds overlap them in different ways.
        for (int i = 0; i < 5; i++) {
            recorded.add(record(folio));
        }
        // Not acknowledged, so not marked published, however often the relay tries.
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).until(() -> pending(folio) == 5);
        // Operators see the lag: events waiting, the oldest for seconds already.
        lag.refresh();
        assertTrue(lag.pending() >= 5, "pending " + lag.pending());
        assertTrue(lag.oldestAgeSeconds() >= 3, "oldest age " + lag.oldestAgeSeconds());
        assertTrue(metrics().contains("idse_outbox_oldest_pending_age_seconds"));

        Infrastructure.kafka().start();
        recorded.add(record(folio));

        await().atMost(WAIT).until(() -> pending(folio) == 0);
        assertEquals(recorded, publishedIds(folio, recorded.size()));
        await().atMost(WAIT).untilAsserted(() -> {
            lag.refresh();
            assertEquals(0, lag.pending());
            assertEquals(0, lag.oldestAgeSeconds());
        });
    }

    private static String metrics() {
        return given().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    private UUID record(String folio) {
        return QuarkusTransaction.requiringNew().call(() -> outbox.record(
                new RequestWithdrawn(folio, TipoSolicitud.PRINCIPAL, "a@example.mx", "Ana", Instant.now()), folio).id());
    }

    /** Event ids on the topic for this key, in partition order, first occurrence of each. */
    private static List<UUID> publishedIds(String folio, int count) {
        return KafkaTopics.awaitRecords(Topics.REQUESTS, r -> folio.equals(r.key()), count, WAIT).stream()
                .map(r -> EventJson.read(r.value()).id()).distinct().toList();
    }

    private int pending(String folio) throws SQLException {
        return OutboxRows.pendingFor(dataSource, folio);
    }
}
