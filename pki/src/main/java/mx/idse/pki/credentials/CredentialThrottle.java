package mx.idse.pki.credentials;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import mx.idse.pki.credentials.ThrottlePolicy.Decision;
import mx.idse.pki.credentials.ThrottlePolicy.State;

/**
 * Counts failed credential checks per target in the service's database (table
 * {@code credential_throttle}, migration {@code db/pki}) and refuses attempts with
 * {@link TooManyAttemptsException} (429 with Retry-After at the HTTP edge) while a target is
 * locked ({@link ThrottlePolicy}). Targets are opaque strings namespaced by kind:
 * {@code retiro:<folio>}, {@code usuario:<u>}, {@code certificado:<serial>}; never a password.
 *
 * <p>Each attempt is counted as a failure when it starts, in a short transaction that holds the
 * target's row lock, and a success deletes the count afterwards. Counting only after the check
 * would let 30 concurrent wrong passwords all read "4 failures so far" and all be checked.
 */
@ApplicationScoped
public class CredentialThrottle {

    private static final Logger LOG = Logger.getLogger(CredentialThrottle.class);

    private final AgroalDataSource dataSource;
    private final ThrottlePolicy policy;
    private final MeterRegistry registry;
    private final Clock clock;

    CredentialThrottle(AgroalDataSource dataSource, CredentialThrottleConfig config, MeterRegistry registry,
                       Clock clock) {
        this.dataSource = dataSource;
        this.policy = new ThrottlePolicy(config.maxFailures(), config.window(), config.baseLockout(),
                config.maxLockout());
        this.registry = registry;
        this.clock = clock;
    }

    /**
     * Runs one credential check on {@code target}. While the target is locked it throws
     * {@link TooManyAttemptsException} without running the check. Otherwise the attempt counts as a
     * failure unless the check returns a value, which forgets the target's failures. A check that
     * throws (e.g. the crypto gate is full) stays counted.
     *
     * @param check the check: what it proved (e.g. the authenticated holder) on success, empty on failure
     * @return the check's result
     */
    public <T> Optional<T> guard(String target, Supplier<Optional<T>> check) {
        Decision decision = QuarkusTransaction.requiringNew().call(() -> countAttempt(target));
        if (!decision.allowed()) {
            Counter.builder("idse.credentials.throttled").tag("target-kind", kindOf(target))
                    .description("Credential checks refused with 429 because their target was locked")
                    .register(registry).increment();
            throw new TooManyAttemptsException(decision.retryAfterSeconds());
        }
        Optional<T> result = check.get();
        if (result.isPresent()) {
            QuarkusTransaction.requiringNew().run(() -> forget(target));
        }
        return result;
    }

    @Scheduled(every = "${idse.crypto.throttle.purge-interval:1h}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purgeStale() {
        try {
            int purged = QuarkusTransaction.requiringNew().call(this::deleteStale);
            LOG.debugf("Purged %d stale credential throttle rows", purged);
        } catch (RuntimeException e) {
            LOG.warnf("Credential throttle purge failed, will retry: %s", e.getMessage());
        }
    }

    /** Locks the target's row (creating it if needed), decides, and counts the attempt if allowed. */
    private Decision countAttempt(String target) {
        Instant now = clock.instant();
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO credential_throttle (target, failures, last_failure_at) VALUES (?, 0, ?)"
                            + " ON CONFLICT (target) DO NOTHING")) {
                insert.setString(1, target);
                insert.setObject(2, utc(now));
                insert.executeUpdate();
            }
            State state = lockedState(connection, target);
            Decision decision = policy.decide(state, now);
            if (decision.allowed()) {
                save(connection, target, policy.afterFailure(state, now));
            }
            return decision;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not count a credential attempt", e);
        }
    }

    private static State lockedState(Connection connection, String target) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT failures, last_failure_at, locked_until FROM credential_throttle WHERE target = ? FOR UPDATE")) {
            select.setString(1, target);
            try (ResultSet row = select.executeQuery()) {
                row.next(); // inserted above or already there; the row lock keeps it until commit
                OffsetDateTime lockedUntil = row.getObject(3, OffsetDateTime.class);
                return new State(row.getInt(1), row.getObject(2, OffsetDateTime.class).toInstant(),
                        lockedUntil == null ? null : lockedUntil.toInstant());
            }
        }
    }

    private static void save(Connection connection, String target, State state) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE credential_throttle SET failures = ?, last_failure_at = ?, locked_until = ? WHERE target = ?")) {
            update.setInt(1, state.failures());
            update.setObject(2, utc(state.lastFailureAt()));
            if (state.lockedUntil() == null) {
                update.setNull(3, Types.TIMESTAMP_WITH_TIMEZONE);
            } else {
                update.setObject(3, utc(state.lockedUntil()));
            }
            update.setString(4, target);
            update.executeUpdate();
        }
    }

    private void forget(String target) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement(
                        "DELETE FROM credential_throttle WHERE target = ?")) {
            delete.setString(1, target);
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not reset a credential throttle", e);
        }
    }

    private int deleteStale() {
        OffsetDateTime staleBefore = utc(policy.staleBefore(clock.instant()));
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement(
                        "DELETE FROM credential_throttle WHERE last_failure_at < ?"
                                + " AND (locked_until IS NULL OR locked_until < ?)")) {
            delete.setObject(1, staleBefore);
            delete.setObject(2, staleBefore);
            return delete.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not purge the credential throttle", e);
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    /** "retiro" for "retiro:M9S3...": a metric tag with few values, never the target itself. */
    static String kindOf(String target) {
        int colon = target.indexOf(':');
        return colon > 0 ? target.substring(0, colon) : "sin-tipo";
    }
}
