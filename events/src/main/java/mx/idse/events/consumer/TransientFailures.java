package mx.idse.events.consumer;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Set;

/**
 * Tells a failure on our own side that goes away by itself (database down or restarting, a lock
 * or serialization conflict, an exhausted pool) from a bug or poison data. The first kind is
 * retried with backoff for as long as it takes; the second is dead-lettered after a few attempts.
 */
public final class TransientFailures {

    /** SQLState classes: 08 connection, 40 rollback (serialization/deadlock), 53 resources, 57 operator intervention. */
    private static final Set<String> TRANSIENT_SQLSTATE_CLASSES = Set.of("08", "40", "53", "57");
    /** PostgreSQL lock_not_available (NOWAIT or lock_timeout). */
    private static final String LOCK_NOT_AVAILABLE = "55P03";

    /** Matched by name, so this module needs neither JPA nor Hibernate on its classpath. */
    private static final Set<String> TRANSIENT_CLASS_NAMES = Set.of(
            "jakarta.persistence.LockTimeoutException",
            "jakarta.persistence.PessimisticLockException",
            "jakarta.persistence.QueryTimeoutException",
            "org.hibernate.exception.JDBCConnectionException",
            "org.hibernate.exception.LockAcquisitionException",
            "org.hibernate.exception.LockTimeoutException",
            "org.hibernate.PessimisticLockException",
            "org.hibernate.QueryTimeoutException",
            "org.hibernate.dialect.lock.PessimisticEntityLockException");

    private TransientFailures() {
    }

    /** Whether anything in the cause chain (or suppressed by it) is a transient failure. */
    public static boolean isTransient(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        return isTransient(failure, seen);
    }

    private static boolean isTransient(Throwable failure, Set<Throwable> seen) {
        if (failure == null || !seen.add(failure)) {
            return false;
        }
        if (matches(failure)) {
            return true;
        }
        // A JTA rollback may carry the real reason as a suppressed exception rather than as its cause.
        for (Throwable suppressed : failure.getSuppressed()) {
            if (isTransient(suppressed, seen)) {
                return true;
            }
        }
        return isTransient(failure.getCause(), seen);
    }

    private static boolean matches(Throwable failure) {
        if (failure instanceof SQLTransientException || failure instanceof SQLRecoverableException
                || failure instanceof ConnectException || failure instanceof SocketTimeoutException) {
            return true;
        }
        if (failure instanceof SQLException sql && (transientState(sql.getSQLState()) || poolExhausted(sql))) {
            return true;
        }
        for (Class<?> type = failure.getClass(); type != null; type = type.getSuperclass()) {
            if (TRANSIENT_CLASS_NAMES.contains(type.getName())) {
                return true;
            }
        }
        return false;
    }

    private static boolean transientState(String sqlState) {
        if (sqlState == null || sqlState.length() < 2) {
            return false;
        }
        return LOCK_NOT_AVAILABLE.equals(sqlState) || TRANSIENT_SQLSTATE_CLASSES.contains(sqlState.substring(0, 2));
    }

    /** Agroal reports a pool acquisition timeout as a plain SQLException without SQLState. */
    private static boolean poolExhausted(SQLException sql) {
        String message = sql.getMessage();
        return message != null && message.toLowerCase(Locale.ROOT).contains("acquisition timeout");
    }
}
