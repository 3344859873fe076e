package mx.idse.events.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import io.agroal.api.AgroalDataSource;
import mx.idse.events.CloudEvent;
import mx.idse.events.EventJson;

/**
 * Records events in the outbox table inside the caller's transaction, so an event exists if and
 * only if the state change that caused it was committed. The relay publishes it right after the
 * commit (and, should that fail, at its next poll).
 */
@ApplicationScoped
public class Outbox {

    /** Marks a transaction that already asks the relay to publish after its commit. */
    private static final Object NUDGE_REGISTERED = new Object();

    private final AgroalDataSource dataSource;
    private final OutboxConfig config;
    private final Clock clock;
    private final TransactionSynchronizationRegistry transactions;
    private final OutboxRelay relay;

    Outbox(AgroalDataSource dataSource, OutboxConfig config, Clock clock, TransactionSynchronizationRegistry transactions,
            OutboxRelay relay) {
        this.dataSource = dataSource;
        this.config = config;
        this.clock = clock;
        this.transactions = transactions;
        this.relay = relay;
    }

    /**
     * Wraps the payload in a CloudEvent and records it for publication on its topic, keyed by subject.
     *
     * @param subject the folio or serial: the event's subject and Kafka key (per-key order)
     * @return the recorded envelope
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public CloudEvent record(Record payload, String subject) {
        CloudEvent event = CloudEvent.wrap(payload, config.source(), subject, clock);
        String topic = event.eventType().orElseThrow().topic();
        // Agroal enlists this connection in the current JTA transaction: same commit as the caller's entities.
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO outbox_event (event_id, event_type, topic, message_key, payload) VALUES (?, ?, ?, ?, ?)")) {
            insert.setObject(1, event.id());
            insert.setString(2, event.type());
            insert.setString(3, topic);
            insert.setString(4, subject);
            insert.setString(5, EventJson.write(event));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not record event " + event.type() + " for " + subject, e);
        }
        publishAfterCommit();
        return event;
    }

    /**
     * Asks the relay to publish as soon as this transaction commits, instead of at its next poll
     * (up to {@code idse.outbox.poll-interval} later); the poll stays as the safety net.
     */
    private void publishAfterCommit() {
        if (transactions.getResource(NUDGE_REGISTERED) != null) {
            return;
        }
        transactions.putResource(NUDGE_REGISTERED, Boolean.TRUE);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    relay.nudge();
                }
            }
        });
    }
}
