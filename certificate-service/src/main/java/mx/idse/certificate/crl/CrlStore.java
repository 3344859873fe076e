package mx.idse.certificate.crl;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.agroal.api.AgroalDataSource;

/** Reads the newest CRL from table {@code crl}: its header cheaply, its DER only when it changed. */
@ApplicationScoped
public class CrlStore {

    /** Number and times of the newest CRL, without its DER. */
    public record Header(long crlNumber, java.time.Instant thisUpdate, java.time.Instant nextUpdate) {
    }

    private final AgroalDataSource dataSource;

    CrlStore(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Optional<Header> latestHeader() {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT crl_number, this_update, next_update FROM crl ORDER BY crl_number DESC LIMIT 1");
             ResultSet rs = select.executeQuery()) {
            if (!rs.next()) {
                return Optional.empty();
            }
            return Optional.of(new Header(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant(),
                    rs.getObject(3, OffsetDateTime.class).toInstant()));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the newest CRL's header", e);
        }
    }

    public Optional<StoredCrl> load(long crlNumber) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT crl_number, this_update, next_update, entries, der FROM crl WHERE crl_number = ?")) {
            select.setLong(1, crlNumber);
            try (ResultSet rs = select.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new StoredCrl(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant(),
                        rs.getObject(3, OffsetDateTime.class).toInstant(), rs.getInt(4), rs.getBytes(5)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read CRL " + crlNumber, e);
        }
    }
}
