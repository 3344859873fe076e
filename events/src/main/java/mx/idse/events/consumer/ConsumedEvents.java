package mx.idse.events.consumer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.agroal.api.AgroalDataSource;
import mx.idse.events.CloudEvent;

/** The consumed-event log that makes consumers idempotent. */
@ApplicationScoped
public class ConsumedEvents {

    private final AgroalDataSource dataSource;

    ConsumedEvents(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Records the event as consumed by this consumer in the current transaction.
     *
     * @return true the first time; false for a redelivery, whose effect must then be skipped
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean markFirstDelivery(String consumer, CloudEvent event) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO consumed_event (consumer, event_id, event_type) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")) {
            insert.setString(1, consumer);
            insert.setObject(2, event.id());
            insert.setString(3, event.type());
            return insert.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not record consumption of event " + event.id(), e);
        }
    }
}
