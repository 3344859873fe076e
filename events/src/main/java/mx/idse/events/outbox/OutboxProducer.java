package mx.idse.events.outbox;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.logging.Logger;

import io.smallrye.common.annotation.Identifier;

/**
 * The relay's Kafka producer: idempotent, acks=all, short blocking times so a broker outage fails
 * a batch quickly and the rows simply wait for the next poll.
 *
 * <p>It starts from every {@code kafka.} client setting the SmallRye connector gets (Quarkus'
 * {@code default-kafka-broker} map: bootstrap servers, security.protocol, sasl.*, ssl.*, ...), so
 * it reaches a secured cluster, and puts the relay's own settings on top. After a failed batch
 * (broker away, or a fatal error) the producer is closed and the next batch builds a new one.
 */
@ApplicationScoped
public class OutboxProducer {

    private static final Logger LOG = Logger.getLogger(OutboxProducer.class);

    private final Map<String, Object> settings;
    private final Function<Map<String, Object>, Producer<String, String>> factory;
    private Producer<String, String> producer;

    @Inject
    OutboxProducer(@Identifier("default-kafka-broker") Map<String, Object> kafkaConfig) {
        this(kafkaConfig, s -> new KafkaProducer<>(s, new StringSerializer(), new StringSerializer()));
    }

    OutboxProducer(Map<String, Object> kafkaConfig, Function<Map<String, Object>, Producer<String, String>> factory) {
        this.settings = settings(kafkaConfig);
        this.factory = factory;
    }

    /** The service's Kafka client settings with the relay's on top; nothing a user sets weakens delivery. */
    static Map<String, Object> settings(Map<String, Object> kafkaConfig) {
        Map<String, Object> settings = new HashMap<>(kafkaConfig);
        // Consumer and transaction settings mean nothing (or harm) to this producer.
        settings.remove("group.id");
        settings.remove(ProducerConfig.TRANSACTIONAL_ID_CONFIG);
        settings.put(ProducerConfig.CLIENT_ID_CONFIG, "outbox-relay");
        settings.put(ProducerConfig.ACKS_CONFIG, "all");
        // Idempotence keeps per-partition order across internal retries; it needs retries > 0 and in-flight <= 5.
        settings.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        settings.put(ProducerConfig.RETRIES_CONFIG, Integer.MAX_VALUE);
        settings.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        settings.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000);
        settings.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        settings.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 8_000);
        settings.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        settings.put(ProducerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 2_000);
        return Map.copyOf(settings);
    }

    /** The producer, created on first use and again after a failed batch. */
    synchronized Producer<String, String> get() {
        if (producer == null) {
            producer = factory.apply(settings);
        }
        return producer;
    }

    /**
     * Called when a batch was not fully acknowledged, whatever the reason. The producer is closed
     * at once, dropping what it still buffers, and the next batch builds a new one. Keeping it
     * would reorder a key: a record of the failed round still in its buffer (or resequenced after
     * an earlier one expired) could reach Kafka after the relay has moved on, and ahead of the
     * earlier event it re-sends. A fatal error (fenced, out of sequence, not authenticated or
     * authorised, closed producer) needs a new producer anyway. The rows stay pending.
     */
    synchronized void failed(Throwable failure) {
        if (producer == null) {
            return;
        }
        LOG.debugf("Outbox producer discarded after a failed batch: %s", failure);
        Producer<String, String> discarded = producer;
        producer = null;
        try {
            discarded.close(Duration.ZERO);
        } catch (RuntimeException e) {
            LOG.debugf(e, "Closing the discarded outbox producer");
        }
    }

    Map<String, Object> settings() {
        return settings;
    }

    @PreDestroy
    synchronized void close() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
            producer = null;
        }
    }
}
