package mx.idse.events.consumer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;

import jakarta.transaction.RollbackException;

import mx.idse.events.UnreadableEventException;

class TransientFailuresTest {

    @Test
    void ourOwnSideFailuresAreTransientWhereverTheyAreInTheCauseChain() {
        assertTrue(TransientFailures.isTransient(new SQLException("connection lost", "08006")));
        assertTrue(TransientFailures.isTransient(new SQLException("could not serialize access", "40001")));
        assertTrue(TransientFailures.isTransient(new SQLException("deadlock detected", "40P01")));
        assertTrue(TransientFailures.isTransient(new SQLException("too many connections", "53300")));
        assertTrue(TransientFailures.isTransient(new SQLException("terminating connection", "57P01")));
        assertTrue(TransientFailures.isTransient(new SQLException("could not obtain lock", "55P03")));
        assertTrue(TransientFailures.isTransient(new SQLTransientConnectionException("pool")));
        assertTrue(TransientFailures.isTransient(new SQLException("Acquisition timeout while waiting for new connection")));
        assertTrue(TransientFailures.isTransient(
                new IllegalStateException("wrapped", new RuntimeException(new ConnectException("Connection refused")))));
        assertTrue(TransientFailures.isTransient(new jakarta.persistence.LockTimeoutException("lock")));
    }

    @Test
    void aRollbackCarryingATransientReasonIsTransient() {
        RollbackException rollback = new RollbackException("ARJUNA016053: Could not commit transaction.");
        rollback.addSuppressed(new SQLException("connection refused", "08001"));
        assertTrue(TransientFailures.isTransient(new IllegalStateException(rollback)));
    }

    @Test
    void bugsAndPoisonDataAreNotTransient() {
        assertFalse(TransientFailures.isTransient(new NullPointerException()));
        assertFalse(TransientFailures.isTransient(new IllegalArgumentException("bad folio")));
        assertFalse(TransientFailures.isTransient(new SQLIntegrityConstraintViolationException("dup", "23505")));
        assertFalse(TransientFailures.isTransient(new SQLException("syntax error", "42601")));
        assertFalse(TransientFailures.isTransient(new SQLException("no state")));
        assertFalse(TransientFailures.isTransient(new UnreadableEventException("bad data")));
    }

    @Test
    void aCyclicCauseChainEnds() {
        RuntimeException a = new RuntimeException("a");
        RuntimeException b = new RuntimeException("b", a);
        a.initCause(b);
        assertFalse(TransientFailures.isTransient(a));
    }
}
