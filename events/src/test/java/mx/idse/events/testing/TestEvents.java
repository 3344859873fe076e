package mx.idse.events.testing;

import java.time.Clock;

import mx.idse.events.CloudEvent;
import mx.idse.events.EventJson;
import mx.idse.events.EventType;
import mx.idse.events.Topics;
import mx.idse.testinfra.KafkaTopics;

/**
 * Puts events on the real broker as the producing service's outbox relay would: a CloudEvents
 * envelope from that service, on its event type's topic, keyed by the subject.
 */
public final class TestEvents {

    private TestEvents() {
    }

    /** A new envelope (fresh id) around the payload, from the service that produces such events. */
    public static CloudEvent envelope(Record payload, String subject) {
        return CloudEvent.wrap(payload, sourceOf(EventType.of(payload.getClass())), subject, Clock.systemUTC());
    }

    /** Wraps and publishes the payload; returns the envelope sent. */
    public static CloudEvent publish(Record payload, String subject) {
        CloudEvent event = envelope(payload, subject);
        publish(event);
        return event;
    }

    /** Publishes an envelope (again, for a redelivery: same id) on its type's topic, keyed by its subject. */
    public static void publish(CloudEvent event) {
        KafkaTopics.send(event.eventType().orElseThrow().topic(), event.subject(), EventJson.write(event));
    }

    private static String sourceOf(EventType type) {
        return switch (type.topic()) {
            case Topics.REQUESTS, Topics.ISSUANCE -> "/idse/request-service";
            case Topics.CERTIFICATES -> "/idse/certificate-service";
            case Topics.CANCELLATIONS -> "/idse/cancellation-service";
            default -> throw new IllegalArgumentException("No producer for " + type);
        };
    }
}
