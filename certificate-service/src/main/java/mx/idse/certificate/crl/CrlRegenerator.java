package mx.idse.certificate.crl;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import mx.idse.certificate.config.CrlConfig;
import mx.idse.certificate.revocation.CertificateRevoked;

/**
 * When a new CRL is built: after each committed cancellation, when the current one nears its
 * nextUpdate, when none exists, and again after a failed build. Builds run one at a time on their
 * own thread and coalesce: a build waits a moment for the rest of a burst, and requests during a
 * build cause one more build, so a cascade of 50 cancellations makes a few CRLs, not 50.
 */
@ApplicationScoped
public class CrlRegenerator {

    private static final Logger LOG = Logger.getLogger(CrlRegenerator.class);

    private final CrlBuilder builder;
    private final CurrentCrl current;
    private final CrlStore store;
    private final CrlConfig config;
    private final Clock clock;
    private final Counter failures;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> new Thread(r, "crl-regenerator"));
    private final AtomicBoolean requested = new AtomicBoolean();
    private final AtomicBoolean running = new AtomicBoolean();
    private volatile boolean lastBuildFailed;

    CrlRegenerator(CrlBuilder builder, CurrentCrl current, CrlStore store, CrlConfig config, Clock clock,
            MeterRegistry registry) {
        this.builder = builder;
        this.current = current;
        this.store = store;
        this.config = config;
        this.clock = clock;
        this.failures = Counter.builder("idse.crl.build.failures").description("CRL builds that failed and will be retried")
                .register(registry);
    }

    /** A certificate was cancelled and its transaction committed: the CRL must list it. */
    void onRevoked(@Observes(during = TransactionPhase.AFTER_SUCCESS) CertificateRevoked revoked) {
        request();
    }

    /** Builds when none exists (also right after start-up), when nextUpdate is near, or after a failure. */
    @Scheduled(every = "${idse.crl.check-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void checkSchedule() {
        Optional<CrlStore.Header> newest = store.latestHeader();
        Instant due = newest.map(h -> h.nextUpdate().minus(config.regenerateBefore())).orElse(Instant.MIN);
        if (lastBuildFailed || !clock.instant().isBefore(due)) {
            request();
        }
    }

    /** Asks for a build; returns at once. A build asked for while one runs makes exactly one more run. */
    public void request() {
        requested.set(true);
        if (running.compareAndSet(false, true)) {
            thread.execute(this::drain);
        }
    }

    /** Builds now on the caller's thread (the first GET before any CRL exists). */
    StoredCrl buildNow() {
        StoredCrl crl = builder.build();
        current.offer(crl);
        return crl;
    }

    private void drain() {
        try {
            coalesce();
            while (requested.getAndSet(false)) {
                buildOnce();
            }
        } finally {
            running.set(false);
            // A request that came after the loop's last check but before running was cleared.
            if (requested.get() && running.compareAndSet(false, true)) {
                thread.execute(this::drain);
            }
        }
    }

    /** Lets the rest of a burst of cancellations arrive, so they share one build. */
    private void coalesce() {
        try {
            Thread.sleep(config.coalesceDelay().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void buildOnce() {
        try {
            buildNow();
            lastBuildFailed = false;
        } catch (RuntimeException e) {
            lastBuildFailed = true;
            failures.increment();
            LOG.errorf(e, "Could not build the CRL; the scheduler retries within %s", config.checkInterval());
        }
    }

    @PreDestroy
    void stop() {
        thread.shutdownNow();
    }
}
