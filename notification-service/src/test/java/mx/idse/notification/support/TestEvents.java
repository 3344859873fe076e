package mx.idse.notification.support;

import java.time.Clock;

import mx.idse.events.CloudEvent;
import mx.idse.events.EventJson;
import mx.idse.testinfra.KafkaTopics;

/** Publishes events as the outbox relay does: a CloudEvents envelope with the relay's header. */
public final class TestEvents {

    private TestEvents() {
    }

    /** A new envelope (fresh id) around the payload, as JSON. */
    public static String envelope(Record payload, String subject) {
        return EventJson.write(CloudEvent.wrap(payload, "/idse/test", subject, Clock.systemUTC()));
    }

    /** Publishes one envelope on the topic, keyed by its subject; returns the JSON sent. */
    public static String publish(String topic, Record payload, String subject) {
        String json = envelope(payload, subject);
        KafkaTopics.send(topic, subject, json);
        return json;
    }
}
