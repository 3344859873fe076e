package mx.idse.certificate.crl;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import mx.idse.certificate.config.CrlConfig;

/**
 * The CRL this replica serves, kept in memory by its number. At most every
 * {@code idse.crl.refresh-interval} it asks the database for the newest number (one indexed row)
 * and loads the DER only when another replica stored a newer one.
 */
@ApplicationScoped
public class CurrentCrl {

    private final CrlStore store;
    private final long refreshNanos;
    private volatile StoredCrl cached;
    private volatile long checkedAt;

    CurrentCrl(CrlStore store, CrlConfig config) {
        this.store = store;
        this.refreshNanos = config.refreshInterval().toNanos();
    }

    /** The newest CRL known, or empty when none was ever built. */
    public Optional<StoredCrl> get() {
        StoredCrl known = cached;
        if (known != null && System.nanoTime() - checkedAt < refreshNanos) {
            return Optional.of(known);
        }
        Optional<CrlStore.Header> newest = store.latestHeader();
        checkedAt = System.nanoTime();
        if (newest.isEmpty()) {
            return Optional.ofNullable(known);
        }
        if (known == null || newest.get().crlNumber() > known.crlNumber()) {
            store.load(newest.get().crlNumber()).ifPresent(this::offer);
        }
        return Optional.ofNullable(cached);
    }

    /** A CRL just built here or read from the database: kept if it is newer than the one held. */
    synchronized void offer(StoredCrl crl) {
        if (cached == null || crl.crlNumber() > cached.crlNumber()) {
            cached = crl;
        }
    }
}
