package mx.idse.events.outbox;

import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.jboss.logging.Logger;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import mx.idse.events.CloudEvent;

/**
 * Publishes outbox rows to Kafka in id order and marks them published once the broker has
 * acknowledged them. A broker outage leaves rows pending; they go out when it is back.
 *
 * <p>Only one relay per service database works at a time: each batch runs in a transaction that
 * holds a PostgreSQL advisory lock ({@code pg_try_advisory_xact_lock}). {@code SKIP LOCKED} would
 * let two replicas publish one key's events out of order. If the active replica dies, its
 * connection closes, the lock is released, and the next poll of another replica takes over.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** Arbitrary constant; each service has its own database, so one key per database suffices. */
    public static final long RELAY_LOCK_KEY = 0x1D5E_0B0CL;

    private final AgroalDataSource dataSource;
    private final OutboxConfig config;
    private final OutboxProducer producer;
    private final Counter published;
    private final Counter failures;
    private final AtomicBoolean brokerUnavailable = new AtomicBoolean();
    private final AtomicBoolean nudgeQueued = new AtomicBoolean();
    private final ExecutorService nudges = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "outbox-relay-nudge");
        thread.setDaemon(true);
        return thread;
    });

    OutboxRelay(AgroalDataSource dataSource, OutboxConfig config, OutboxProducer producer, MeterRegistry registry) {
        this.dataSource = dataSource;
        this.config = config;
        this.producer = producer;
        this.published = Counter.builder("idse.outbox.published").description("Events published to Kafka")
                .register(registry);
        this.failures = Counter.builder("idse.outbox.publish.failures")
                .description("Relay batches that stopped because Kafka did not acknowledge").register(registry);
    }

    @Scheduled(every = "${idse.outbox.poll-interval:1s}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        if (!config.relayEnabled()) {
            return;
        }
        try {
            publishPending();
        } catch (RuntimeException e) {
            LOG.warnf("Outbox relay round failed, will retry: %s", e.getMessage());
        }
    }

    /**
     * Publishes soon on a thread of its own: called after a transaction that recorded events
     * commits. Nudges that come while one is queued share it.
     */
    public void nudge() {
        if (!config.relayEnabled()) {
            return;
        }
        if (nudgeQueued.compareAndSet(false, true)) {
            nudges.execute(() -> {
                nudgeQueued.set(false);
                poll();
            });
        }
    }

    @PreDestroy
    void stopNudges() {
        nudges.shutdownNow();
    }

    /** Publishes batches until nothing is pending or the broker stops acknowledging. */
    public void publishPending() {
        int count;
        do {
            count = QuarkusTransaction.requiringNew().call(this::publishBatch);
        } while (count == config.batchSize());
    }

    /** One transaction: take the lock, publish up to a batch in id order, mark the acknowledged prefix. */
    int publishBatch() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            if (!tryRelayLock(connection)) {
                return 0;
            }
            List<PendingEvent> pending = loadPending(connection);
            if (pending.isEmpty()) {
                return 0;
            }
            List<Long> acknowledged = send(pending);
            markPublished(connection, acknowledged);
            published.increment(acknowledged.size());
            return acknowledged.size() == pending.size() ? pending.size() : 0;
        }
    }

    private boolean tryRelayLock(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("SELECT pg_try_advisory_xact_lock(?)")) {
            lock.setLong(1, RELAY_LOCK_KEY);
            try (ResultSet rs = lock.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    private List<PendingEvent> loadPending(Connection connection) throws SQLException {
        List<PendingEvent> pending = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id, topic, message_key, payload FROM outbox_event WHERE published_at IS NULL ORDER BY id LIMIT ?")) {
            select.setInt(1, config.batchSize());
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    pending.add(new PendingEvent(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)));
                }
            }
        }
        return pending;
    }

    /** Sends the batch and returns the ids of the acknowledged prefix (order matters per key). */
    private List<Long> send(List<PendingEvent> pending) {
        List<Future<RecordMetadata>> futures = new ArrayList<>(pending.size());
        for (PendingEvent event : pending) {
            ProducerRecord<String, String> record = new ProducerRecord<>(event.topic(), event.key(), event.payload());
            record.headers().add("content-type", CloudEvent.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
            try {
                futures.add(producer.get().send(record));
            } catch (RuntimeException e) {
                noteFailure(e);
                break;
            }
        }
        List<Long> acknowledged = new ArrayList<>(futures.size());
        long deadline = System.nanoTime() + config.sendTimeout().toNanos();
        for (int i = 0; i < futures.size(); i++) {
            try {
                futures.get(i).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                acknowledged.add(pending.get(i).id());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (ExecutionException | TimeoutException e) {
                noteFailure(e.getCause() != null ? e.getCause() : e);
                break;
            }
        }
        if (acknowledged.size() == pending.size() && brokerUnavailable.compareAndSet(true, false)) {
            LOG.info("Kafka acknowledges again; pending outbox events are being published");
        }
        return acknowledged;
    }

    private void markPublished(Connection connection, List<Long> ids) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE outbox_event SET published_at = now() WHERE id = ANY (?)")) {
            Array array = connection.createArrayOf("bigint", ids.toArray());
            update.setArray(1, array);
            update.executeUpdate();
        }
    }

    private void noteFailure(Throwable cause) {
        failures.increment();
        producer.failed(cause);
        // Log the outage once, not on every poll; events wait in the table meanwhile.
        if (brokerUnavailable.compareAndSet(false, true)) {
            LOG.warnf("Kafka did not acknowledge outbox events; they stay pending and will be retried: %s",
                    cause.toString());
        }
    }

    /** Deletes published rows past the retention period, so the table stays small. */
    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purgePublished() {
        QuarkusTransaction.requiringNew().run(() -> {
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement delete = connection.prepareStatement(
                            "DELETE FROM outbox_event WHERE published_at < now() - make_interval(secs => ?)")) {
                delete.setLong(1, config.retention().toSeconds());
                delete.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException("Could not purge published outbox events", e);
            }
        });
    }

    private record PendingEvent(long id, String topic, String key, String payload) {
    }
}
