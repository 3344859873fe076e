package mx.idse.request.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

/** Reads the service's outbox table the way an operator would check it. */
public final class OutboxRows {

    private OutboxRows() {
    }

    /** Events for this key still waiting to be published. */
    public static int pendingFor(DataSource dataSource, String key) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT count(*) FROM outbox_event WHERE message_key = ? AND published_at IS NULL")) {
            query.setString(1, key);
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
