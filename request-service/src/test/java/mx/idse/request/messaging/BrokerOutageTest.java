package mx.idse.request.messaging;

import static mx.idse.request.support.Solicitudes.personaMoral;
import static mx.idse.request.support.Solicitudes.submitValid;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import mx.idse.events.Topics;
import mx.idse.events.testing.OutboxRows;
import mx.idse.testinfra.Infrastructure;
import mx.idse.testinfra.KafkaTopics;

/** The outbox keeps an event while Kafka is down and publishes it once the broker is back. */
@QuarkusTest
class BrokerOutageTest {

    @Inject
    AgroalDataSource dataSource;

    @AfterEach
    void brokerBackUp() {
        Infrastructure.kafka().start();
    }

    @Test
    void aRequestSubmittedWhileKafkaIsDownIsAcceptedAndItsEventIsPublishedLater() throws Exception {
        Infrastructure.kafka().stop();

        String folio = submitValid(personaMoral());

        // The relay keeps trying while the broker is away; the event waits in the outbox.
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
                .until(() -> pendingEventsFor(folio) == 1);

        Infrastructure.kafka().start();

        await().atMost(Duration.ofSeconds(60)).until(() -> pendingEventsFor(folio) == 0);
        assertEquals(1, KafkaTopics.awaitRecords(Topics.REQUESTS, r -> folio.equals(r.key()), 1,
                Duration.ofSeconds(30)).size(), "RequestSubmitted arrives after the outage, once");
    }

    private int pendingEventsFor(String folio) throws Exception {
        return OutboxRows.pendingFor(dataSource, folio);
    }
}
