package mx.idse.certificate.ocsp;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import mx.idse.pki.certificates.SerialNumbers;

/**
 * Reads the few columns an OCSP answer needs, with plain JDBC (no entities, no DER): the
 * responder reads them for a certificate it has no answer for, and the pre-signing job in batches.
 */
@ApplicationScoped
class CertificateStates {

    private static final String COLUMNS = "SELECT numero_serie, estado, cancelled_at, motivo, not_after,"
            + " GREATEST(created_at, COALESCE(estado_cambiado_en, created_at)) AS changed FROM certificate ";

    /** A state and when this service last wrote it (created or changed). */
    record Changed(CertificateState state, Instant changedAt) {
    }

    private final DataSource dataSource;

    CertificateStates(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    Optional<CertificateState> find(String numeroSerie) {
        if (!SerialNumbers.isValid(numeroSerie)) {
            return Optional.empty();
        }
        return query(COLUMNS + "WHERE numero_serie = ?", numeroSerie).stream().map(Changed::state).findFirst();
    }

    /** Unexpired certificates after {@code afterSerial} in serial order, at most {@code limit}. */
    List<Changed> unexpired(Instant now, String afterSerial, int limit) {
        return query(COLUMNS + "WHERE not_after > ? AND numero_serie > ? ORDER BY numero_serie LIMIT ?",
                Timestamp.from(now), afterSerial, limit);
    }

    /** Certificates created or changed after {@code since}. */
    List<Changed> changedSince(Instant since) {
        Timestamp from = Timestamp.from(since);
        return query(COLUMNS + "WHERE created_at > ? OR estado_cambiado_en > ?", from, from);
    }

    private List<Changed> query(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            List<Changed> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    rows.add(new Changed(new CertificateState(result.getString(1), "CANCELADO".equals(result.getString(2)),
                            instant(result, 3), result.getString(4), instant(result, 5)), instant(result, 6)));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read certificate states: " + e.getMessage(), e);
        }
    }

    private static Instant instant(ResultSet result, int column) throws SQLException {
        OffsetDateTime value = result.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
