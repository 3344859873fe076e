package mx.idse.bench;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;

import mx.idse.events.CloudEvent;
import mx.idse.events.EventJson;
import mx.idse.events.EventType;
import mx.idse.events.Topics;
import mx.idse.events.payload.CertificateIssuanceFailed;
import mx.idse.events.payload.CertificateIssued;

/**
 * Watches {@code idse.certificates} with a consumer group of its own, on its own thread, and notes
 * when each folio's CertificateIssued (or CertificateIssuanceFailed, with its motivo) was seen.
 * The record key is the serial, so the folio comes from the event's data. Also watches
 * {@code idse.dlq}, where a RequestConcluded the service could not handle lands under its own key
 * (the folio), so such an event counts as an outcome instead of a long wait.
 */
final class CertificateEvents implements AutoCloseable {

    private final Map<String, Long> issuedAtNanos = new ConcurrentHashMap<>();
    private final Map<String, Long> failedAtNanos = new ConcurrentHashMap<>();
    private final Map<String, String> serials = new ConcurrentHashMap<>();
    private final Map<String, String> failureMotivos = new ConcurrentHashMap<>();
    private final Set<String> deadLettered = ConcurrentHashMap.newKeySet();
    private final CountDownLatch assigned = new CountDownLatch(1);
    private final KafkaConsumer<String, String> consumer;
    private final Thread poller;

    private CertificateEvents(String bootstrap) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "bench-certificates-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer());
        poller = new Thread(this::poll, "bench-certificate-events");
        poller.setDaemon(true);
    }

    /** Starts watching and returns once the topic's partitions are assigned, so no latency includes a rebalance. */
    static CertificateEvents start(String bootstrap, Duration timeout) throws InterruptedException {
        CertificateEvents events = new CertificateEvents(bootstrap);
        events.poller.start();
        if (!events.assigned.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            events.close();
            throw new IllegalStateException("no partition of " + Topics.CERTIFICATES + " assigned within " + timeout);
        }
        return events;
    }

    private void poll() {
        try {
            consumer.subscribe(List.of(Topics.CERTIFICATES, Topics.DEAD_LETTERS), new ConsumerRebalanceListener() {
                @Override
                public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
                }

                @Override
                public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
                    if (!partitions.isEmpty()) {
                        assigned.countDown();
                    }
                }
            });
            while (!Thread.currentThread().isInterrupted()) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(100))) {
                    if (record.topic().equals(Topics.DEAD_LETTERS)) {
                        deadLettered.add(String.valueOf(record.key()));
                    } else {
                        note(record.value(), System.nanoTime());
                    }
                }
            }
        } catch (WakeupException stopping) {
            // close() asked the poller to stop
        } finally {
            consumer.close(Duration.ofSeconds(5));
        }
    }

    private void note(String value, long seenAtNanos) {
        CloudEvent event;
        try {
            event = EventJson.read(value);
        } catch (RuntimeException unreadable) {
            return; // not ours to judge: the service's own consumers dead-letter such records
        }
        EventType type = event.eventType().orElse(null);
        if (type == EventType.CERTIFICATE_ISSUED) {
            CertificateIssued issued = event.dataAs(CertificateIssued.class);
            serials.putIfAbsent(issued.folio(), issued.serial());
            issuedAtNanos.putIfAbsent(issued.folio(), seenAtNanos);
        } else if (type == EventType.CERTIFICATE_ISSUANCE_FAILED) {
            CertificateIssuanceFailed failed = event.dataAs(CertificateIssuanceFailed.class);
            failedAtNanos.putIfAbsent(failed.folio(), seenAtNanos);
            failureMotivos.putIfAbsent(failed.folio(), failed.motivo());
        }
    }

    /**
     * Waits until every folio has an outcome (issued, failed or dead-lettered), or nothing new arrived for
     * {@code stall}; returns how many are still missing.
     */
    int awaitOutcomes(Set<String> folios, Duration stall) throws InterruptedException {
        int missing = missing(folios);
        long lastProgress = System.nanoTime();
        while (missing > 0 && System.nanoTime() - lastProgress < stall.toNanos()) {
            Thread.sleep(20);
            int now = missing(folios);
            if (now < missing) {
                lastProgress = System.nanoTime();
            }
            missing = now;
        }
        return missing;
    }

    private int missing(Set<String> folios) {
        int missing = 0;
        for (String folio : folios) {
            if (!issuedAtNanos.containsKey(folio) && !failedAtNanos.containsKey(folio) && !deadLettered.contains(folio)) {
                missing++;
            }
        }
        return missing;
    }

    /** When each issued folio's CertificateIssued was seen (System.nanoTime). */
    Map<String, Long> issuedAtNanos() {
        return issuedAtNanos;
    }

    /** When each failed folio's CertificateIssuanceFailed was seen (System.nanoTime). */
    /** Serial of each issued folio. */
    Map<String, String> serials() {
        return serials;
    }

    Map<String, Long> failedAtNanos() {
        return failedAtNanos;
    }

    /** The motivo of each failed folio. */
    Map<String, String> failureMotivos() {
        return failureMotivos;
    }

    /** Folios whose RequestConcluded was sent to the dead-letter topic. */
    Set<String> deadLettered() {
        return deadLettered;
    }

    @Override
    public void close() {
        consumer.wakeup();
        try {
            poller.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
