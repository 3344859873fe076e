package mx.idse.bench;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads {@code idse.requests} from the beginning with a group of its own and waits until every
 * expected folio (the record key) has arrived: proof that the outbox relay published each
 * RequestSubmitted, and when the last one was published (the record's timestamp, set by the
 * relay's producer when it sent it).
 */
final class PublishedEvents {

    static final String TOPIC = "idse.requests";

    /** How many of the folios arrived, and the latest publication time among them (epoch ms). */
    record Outcome(int found, long lastPublishedEpochMillis) {
    }

    private PublishedEvents() {
    }

    static Outcome await(String bootstrap, Set<String> folios, Duration timeout) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "bench-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        Set<String> missing = new HashSet<>(folios);
        long lastPublished = 0;
        long deadline = System.nanoTime() + timeout.toNanos();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(TOPIC));
            while (!missing.isEmpty() && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    if (missing.remove(record.key())) {
                        lastPublished = Math.max(lastPublished, record.timestamp());
                    }
                }
            }
        }
        return new Outcome(folios.size() - missing.size(), lastPublished);
    }
}
