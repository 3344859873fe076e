package mx.idse.bench;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import mx.idse.events.CloudEvent;
import mx.idse.events.EventJson;
import mx.idse.events.Topics;
import mx.idse.events.payload.RequestConcluded;

/**
 * Publishes RequestConcluded on {@code idse.issuance} as request-service's outbox relay does
 * (CloudEvents JSON, key = folio, content-type header, acks from all replicas), as fast as the
 * producer batches them.
 */
final class RequestConcludedPublisher implements AutoCloseable {

    private static final String SOURCE = "/idse/request-service";

    private final KafkaProducer<String, String> producer;
    private final Clock clock;

    RequestConcludedPublisher(String bootstrap, Clock clock) {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        config.put(ProducerConfig.BATCH_SIZE_CONFIG, String.valueOf(256 * 1024));
        this.producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
        this.clock = clock;
    }

    /** Sends every payload and waits for the broker's acknowledgements; returns each folio's send time (System.nanoTime). */
    Map<String, Long> publish(List<RequestConcluded> requests) {
        Map<String, Long> sentAtNanos = new LinkedHashMap<>();
        AtomicReference<Exception> failure = new AtomicReference<>();
        for (RequestConcluded request : requests) {
            String json = EventJson.write(CloudEvent.wrap(request, SOURCE, request.folio(), clock));
            ProducerRecord<String, String> record = new ProducerRecord<>(Topics.ISSUANCE, request.folio(), json);
            record.headers().add("content-type", CloudEvent.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
            sentAtNanos.put(request.folio(), System.nanoTime());
            producer.send(record, (metadata, error) -> {
                if (error != null) {
                    failure.compareAndSet(null, error);
                }
            });
        }
        producer.flush();
        if (failure.get() != null) {
            throw new IllegalStateException("Kafka refused a RequestConcluded", failure.get());
        }
        return sentAtNanos;
    }

    @Override
    public void close() {
        producer.close();
    }
}
