package mx.idse.certificate.crl;

import java.math.BigInteger;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import mx.idse.certificate.config.CrlConfig;
import mx.idse.certificate.revocation.RevocationReasons;
import mx.idse.certificate.signer.CertificateSigner;
import mx.idse.pki.crl.CrlDraft;
import mx.idse.pki.crl.StreamingCrlWriter;

/**
 * Builds a CRL from the database and stores it, one builder at a time across replicas. Entries
 * are streamed from a server-side cursor straight into {@link StreamingCrlWriter}'s DER buffer,
 * never held as objects.
 */
@ApplicationScoped
public class CrlBuilder {

    /** pg advisory lock key of CRL building (the outbox relay's is 0x1D5E0B0C). */
    static final long CRL_LOCK_KEY = 0x1D5E_0C21L;
    private static final Logger LOG = Logger.getLogger(CrlBuilder.class);
    /** Cancelled certificates still inside their validity: an expired one leaves the CRL (RFC 5280 3.3). */
    private static final String REVOKED = "SELECT numero_serie, cancelled_at, motivo FROM certificate"
            + " WHERE estado = 'CANCELADO' AND not_after > ?";

    private final AgroalDataSource dataSource;
    private final CertificateSigner signer;
    private final StreamingCrlWriter writer;
    private final CrlConfig config;
    private final Clock clock;
    private final Timer buildTime;

    CrlBuilder(AgroalDataSource dataSource, CertificateSigner signer, CrlConfig config, Clock clock, MeterRegistry registry) {
        this.dataSource = dataSource;
        this.signer = signer;
        this.writer = new StreamingCrlWriter(signer.issuingCertificate());
        this.config = config;
        this.clock = clock;
        this.buildTime = Timer.builder("idse.crl.build").description("Time to build, sign and store a CRL")
                .register(registry);
    }

    /** Builds, signs and stores a new CRL in its own transaction; returns it. */
    public StoredCrl build() {
        return buildTime.record(() -> QuarkusTransaction.requiringNew().timeout(config.buildTimeoutSeconds())
                .call(this::buildInTransaction));
    }

    private StoredCrl buildInTransaction() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            // 1. One builder at a time on every replica; the lock ends with the transaction.
            execute(connection, "SELECT pg_advisory_xact_lock(" + CRL_LOCK_KEY + ")");
            // 2. The number, taken under the lock: a later CRL always has a greater one and newer data.
            long crlNumber = nextNumber(connection);
            Instant thisUpdate = clock.instant().truncatedTo(ChronoUnit.SECONDS);
            Instant nextUpdate = thisUpdate.plus(config.validity());
            CrlDraft draft = writer.begin(crlNumber, thisUpdate, nextUpdate);
            // 3. Stream the revoked certificates (a cursor: the transaction has autocommit off).
            try (PreparedStatement select = connection.prepareStatement(REVOKED)) {
                select.setFetchSize(config.fetchSize());
                select.setObject(1, OffsetDateTime.ofInstant(thisUpdate, ZoneOffset.UTC));
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        draft.add(new BigInteger(rs.getString(1)), rs.getObject(2, OffsetDateTime.class).toInstant(),
                                RevocationReasons.reasonCode(rs.getString(3)));
                    }
                }
            }
            // 4. One signature with the issuing CA's key and provider.
            byte[] der = draft.sign(signer.contentSigner());
            StoredCrl crl = new StoredCrl(crlNumber, thisUpdate, nextUpdate, draft.size(), der);
            // 5. Store it and drop old ones.
            insert(connection, crl);
            try (PreparedStatement prune = connection.prepareStatement("DELETE FROM crl WHERE crl_number <= ?")) {
                prune.setLong(1, crlNumber - config.keep());
                prune.executeUpdate();
            }
            LOG.infof("CRL %d built: %d entries, %d bytes, next update %s", crlNumber, crl.entries(), der.length, nextUpdate);
            return crl;
        }
    }

    private static long nextNumber(Connection connection) throws SQLException {
        try (PreparedStatement next = connection.prepareStatement("SELECT nextval('crl_number')");
             ResultSet rs = next.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private void insert(Connection connection, StoredCrl crl) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO crl"
                + " (crl_number, this_update, next_update, entries, der, created_at) VALUES (?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, crl.crlNumber());
            insert.setObject(2, OffsetDateTime.ofInstant(crl.thisUpdate(), ZoneOffset.UTC));
            insert.setObject(3, OffsetDateTime.ofInstant(crl.nextUpdate(), ZoneOffset.UTC));
            insert.setInt(4, crl.entries());
            insert.setBytes(5, crl.der());
            insert.setObject(6, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
            insert.executeUpdate();
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.execute();
        }
    }
}
