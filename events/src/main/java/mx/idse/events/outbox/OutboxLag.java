package mx.idse.events.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;

/**
 * How far the outbox is behind: events recorded but not yet acknowledged by Kafka, and the age of
 * the oldest. Read from the database on a schedule (not on each scrape, so a slow database never
 * stalls /q/metrics). A growing age means Kafka is away or the relay is stuck: alert on it.
 */
@ApplicationScoped
public class OutboxLag {

    private static final Logger LOG = Logger.getLogger(OutboxLag.class);

    private final AgroalDataSource dataSource;
    private final AtomicLong pending = new AtomicLong();
    private final AtomicLong oldestAgeSeconds = new AtomicLong();

    OutboxLag(AgroalDataSource dataSource, MeterRegistry registry) {
        this.dataSource = dataSource;
        Gauge.builder("idse.outbox.pending", pending, AtomicLong::get)
                .description("Events recorded in the outbox and not yet published to Kafka").register(registry);
        Gauge.builder("idse.outbox.oldest.pending.age.seconds", oldestAgeSeconds, AtomicLong::get)
                .description("Age of the oldest unpublished outbox event (0 when none)").register(registry);
    }

    @Scheduled(every = "${idse.outbox.lag-interval:5s}", delayed = "2s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledRefresh() {
        try {
            refresh();
        } catch (SQLException | RuntimeException e) {
            LOG.debugf("Outbox lag not measured this round: %s", e.getMessage());
        }
    }

    /**
     * Reads the unpublished rows' count and the oldest one's age by the database's clock, the one
     * that stamped created_at (a service's movable dev clock would distort it).
     */
    public void refresh() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT count(*), coalesce(extract(epoch FROM now() - min(created_at)), 0)"
                                + " FROM outbox_event WHERE published_at IS NULL");
                ResultSet rs = query.executeQuery()) {
            rs.next();
            pending.set(rs.getLong(1));
            oldestAgeSeconds.set(Math.max(0, (long) rs.getDouble(2)));
        }
    }

    public long pending() {
        return pending.get();
    }

    public long oldestAgeSeconds() {
        return oldestAgeSeconds.get();
    }
}
