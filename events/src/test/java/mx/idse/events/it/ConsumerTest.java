package mx.idse.events.it;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import mx.idse.events.CloudEvent;
import mx.idse.events.EventJson;
import mx.idse.events.Topics;
import mx.idse.events.payload.RequestWithdrawn;
import mx.idse.events.payload.TipoSolicitud;
import mx.idse.events.testing.EventPayloads;
import mx.idse.testinfra.KafkaTopics;

/** IdempotentConsumer on a real Kafka channel and a real PostgreSQL, as a service runs it. */
@QuarkusTest
class ConsumerTest {

    private static final Clock CLOCK = Clock.systemUTC();
    private static final Duration WAIT = Duration.ofSeconds(60);

    @ConfigProperty(name = "mp.messaging.incoming.test-events.topic")
    String topic;
    @ConfigProperty(name = "mp.messaging.incoming.test-revocations.topic")
    String revocationsTopic;
    @Inject
    AgroalDataSource dataSource;
    @Inject
    MeterRegistry registry;

    @AfterEach
    void databaseBack() {
        TestEventsConsumer.databaseDown.clear();
    }

    @Test
    void aRedeliveredEventAppliesOnce() throws Exception {
        String folio = newFolio();
        CloudEvent event = withdrawn(folio, "Ana");
        double duplicatesBefore = outcome(event.type(), "duplicate");

        send(event);
        send(event);

        await().atMost(WAIT).until(() -> outcome(event.type(), "duplicate") > duplicatesBefore);
        assertEquals(1, effects(folio), "the second delivery changes nothing");
    }

    @Test
    void anUnreadableMessageIsDeadLetteredWithItsReasonAndTheConsumerKeepsGoing() throws Exception {
        String key = "basura-" + UUID.randomUUID();
        String folio = newFolio();

        KafkaTopics.send(topic, key, "esto no es un CloudEvent");
        send(withdrawn(folio, "Ana"));

        ConsumerRecord<String, String> dead = deadLetter(key);
        assertEquals("esto no es un CloudEvent", dead.value());
        assertTrue(reason(dead).contains("CloudEvents"), reason(dead));
        await().atMost(WAIT).until(() -> effects(folio) == 1);
    }

    @Test
    void aHandlerBugIsRetriedAFewTimesThenDeadLetteredWithItsReason() throws Exception {
        String folio = newFolio();

        send(withdrawn(folio, TestEventsConsumer.POISON));

        ConsumerRecord<String, String> dead = deadLetter(folio);
        assertTrue(reason(dead).contains("failed after 3 attempts"), reason(dead));
        assertTrue(reason(dead).contains("cannot be handled"), reason(dead));
        assertEquals(3, TestEventsConsumer.attempts.get(folio).get());
        assertEquals(0, effects(folio));
    }

    @Test
    void aFailureOnOurSideStallsTheConsumerVisiblyAndTheEventAppliesOnceItIsGone() throws Exception {
        String folio = newFolio();
        TestEventsConsumer.databaseDown.add(folio);
        CloudEvent event = withdrawn(folio, TestEventsConsumer.DATABASE);

        send(event);

        await().atMost(WAIT).untilAsserted(() -> given().get("/q/health/ready").then().statusCode(503)
                .body("checks.find { it.name == 'event-consumers' }.status", equalTo("DOWN"))
                .body("checks.find { it.name == 'event-consumers' }.data.eventId", equalTo(event.id().toString()))
                .body("checks.find { it.name == 'event-consumers' }.data.consumer", equalTo(TestEventsConsumer.CONSUMER))
                .body("checks.find { it.name == 'event-consumers' }.data.type", equalTo(event.type())));
        // Keeps retrying well past the three quick attempts of a bug, and is not dead-lettered.
        await().atMost(WAIT).until(() -> TestEventsConsumer.attempts.get(folio).get() > 5);
        assertTrue(KafkaTopics.awaitRecords(Topics.DEAD_LETTERS, r -> folio.equals(r.key()), 1,
                Duration.ofSeconds(2)).isEmpty(), "a failure on our side is never dead-lettered");
        assertTrue(retries() > 0);
        given().get("/q/health/ready").then().body("checks.find { it.name == 'event-consumers' }.data.lastError",
                org.hamcrest.Matchers.containsString("08006"));

        TestEventsConsumer.databaseDown.remove(folio);

        await().atMost(WAIT).until(() -> effects(folio) == 1);
        await().atMost(WAIT).untilAsserted(() -> given().get("/q/health/ready").then().statusCode(200)
                .body("checks.name", hasItem("event-consumers")));
        assertEquals(1, effects(folio));
    }

    @Test
    void aConsumerThatNeverDeadLettersRetriesABugUntilItIsFixed() throws Exception {
        String folio = newFolio();
        CloudEvent event = withdrawn(folio, TestEventsConsumer.POISON);

        KafkaTopics.send(revocationsTopic, folio, EventJson.write(event));

        await().atMost(WAIT).untilAsserted(() -> given().get("/q/health/ready").then().statusCode(503)
                .body("checks.find { it.name == 'event-consumers' }.data.consumer",
                        equalTo(TestEventsConsumer.NEVER_DEAD_LETTER_CONSUMER)));
        await().atMost(WAIT).until(() -> TestEventsConsumer.attempts.get(folio).get() > 5);
        assertTrue(KafkaTopics.awaitRecords(Topics.DEAD_LETTERS, r -> folio.equals(r.key()), 1,
                Duration.ofSeconds(2)).isEmpty(), "this consumer never dead-letters");

        TestEventsConsumer.bugFixed.add(folio);

        await().atMost(WAIT).until(() -> effects(folio) == 1);
        await().atMost(WAIT).untilAsserted(() -> given().get("/q/health/ready").then().statusCode(200));
    }

    @Test
    void anEventTypeTheConsumerDoesNotHandleIsSkippedAndCounted() throws Exception {
        String folio = newFolio();
        CloudEvent expired = CloudEvent.wrap(EventPayloads.requestExpired().folio(folio).build(), "/idse/request-service",
                folio, CLOCK);
        double skippedBefore = outcome(expired.type(), "skipped");

        send(expired);

        await().atMost(WAIT).until(() -> outcome(expired.type(), "skipped") > skippedBefore);
        assertTrue(KafkaTopics.awaitRecords(Topics.DEAD_LETTERS, r -> folio.equals(r.key()), 1,
                Duration.ofSeconds(2)).isEmpty(), "an unhandled type is not dead-lettered");
    }

    private static String newFolio() {
        return "F-" + UUID.randomUUID();
    }

    private static CloudEvent withdrawn(String folio, String nombre) {
        return CloudEvent.wrap(new RequestWithdrawn(folio, TipoSolicitud.PRINCIPAL, "a@example.mx", nombre, Instant.now()),
                "/idse/request-service", folio, CLOCK);
    }

    private void send(CloudEvent event) {
        KafkaTopics.send(topic, event.subject(), EventJson.write(event));
    }

    private double outcome(String type, String outcome) {
        Counter counter = registry.find("idse.events.consumed").tags("consumer", TestEventsConsumer.CONSUMER,
                "type", type, "outcome", outcome).counter();
        return counter == null ? 0 : counter.count();
    }

    private double retries() {
        Counter counter = registry.find("idse.events.consumer.retries").tag("consumer", TestEventsConsumer.CONSUMER)
                .counter();
        return counter == null ? 0 : counter.count();
    }

    private int effects(String folio) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("SELECT count(*) FROM test_effect WHERE folio = ?")) {
            query.setString(1, folio);
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static ConsumerRecord<String, String> deadLetter(String key) {
        List<ConsumerRecord<String, String>> dead = KafkaTopics.awaitRecords(Topics.DEAD_LETTERS,
                r -> key.equals(r.key()), 1, WAIT);
        assertEquals(1, dead.size(), "one dead letter for " + key);
        return dead.get(0);
    }

    private static String reason(ConsumerRecord<String, String> deadLetter) {
        var header = deadLetter.headers().lastHeader("dead-letter-reason");
        return header == null ? "" : new String(header.value(), StandardCharsets.UTF_8);
    }
}
