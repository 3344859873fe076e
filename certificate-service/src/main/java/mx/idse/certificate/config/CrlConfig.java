package mx.idse.certificate.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the CRL served at {@code GET /crl} ({@code idse.crl.*}, docs/crl.md). */
@ConfigMapping(prefix = "idse.crl")
public interface CrlConfig {

    /** Time from a CRL's thisUpdate to its nextUpdate. */
    @WithDefault("PT24H")
    Duration validity();

    /** A new CRL is built this long before the current one's nextUpdate, even without cancellations. */
    @WithDefault("PT1H")
    Duration regenerateBefore();

    /** How often the scheduler checks whether the CRL is due (and whether a failed build must be retried). */
    @WithDefault("1m")
    String checkInterval();

    /** How often a replica asks the database whether another replica stored a newer CRL. */
    @WithDefault("PT5S")
    Duration refreshInterval();

    /**
     * Most seconds a client may cache the CRL (Cache-Control max-age), never past nextUpdate: a
     * cancellation reaches the CRL at once, so a cache must not hold the old one for a day.
     */
    @WithDefault("PT1M")
    Duration maxAge();

    /** Rows fetched per round trip while the cancelled certificates are streamed from PostgreSQL. */
    @WithDefault("10000")
    int fetchSize();

    /**
     * How long a rebuild waits after the first cancellation of a burst, so a principal's cascade
     * (one event per additional) makes one CRL, not one per certificate.
     */
    @WithDefault("PT0.3S")
    Duration coalesceDelay();

    /** Most seconds one build (stream, sign, store) may take before its transaction is rolled back. */
    @WithDefault("600")
    int buildTimeoutSeconds();

    /** Old CRLs kept in the table after a new one is stored (for inspection); older ones are deleted. */
    @WithDefault("10")
    int keep();
}
