package mx.idse.events.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

import mx.idse.events.EventType;

/** Reads a service's outbox table (migration {@code db/events}) the way an operator would check it. */
public final class OutboxRows {

    private OutboxRows() {
    }

    /** Events for this key still waiting to be published. */
    public static int pendingFor(DataSource dataSource, String key) throws SQLException {
        return count(dataSource, "SELECT count(*) FROM outbox_event WHERE message_key = ? AND published_at IS NULL", key);
    }

    /** Events of this type recorded for this key, published or not. */
    public static int recordedFor(DataSource dataSource, String key, EventType type) throws SQLException {
        return count(dataSource, "SELECT count(*) FROM outbox_event WHERE message_key = ? AND event_type = ?", key,
                type.type());
    }

    private static int count(DataSource dataSource, String sql, String... parameters) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setString(i + 1, parameters[i]);
            }
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
