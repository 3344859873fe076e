package mx.idse.certificate.ocsp;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import mx.idse.certificate.config.OcspConfig;
import mx.idse.certificate.revocation.CertificateRevoked;

/**
 * Keeps this replica's {@link PreSignedAnswers} equal to the database. Every replica runs it on
 * its own: the database is the only thing replicas share, so none depends on another's events.
 * <ol>
 * <li>First run: every unexpired certificate, read and signed in batches of {@code load-batch-size}.</li>
 * <li>Every {@code refresh-interval}: certificates created or changed (estado_cambiado_en) after
 * the watermark minus {@code refresh-lookback}; only those whose state differs are signed.</li>
 * <li>Once a minute: answers at half their validity are signed again; expired certificates are dropped.</li>
 * </ol>
 * A {@link CertificateRevoked} on this replica is signed at once, after its commit. Gauge
 * {@code idse.ocsp.refresh.age.seconds}: seconds since the last successful database read.
 */
@ApplicationScoped
class PreSigningJob {

    private static final Logger LOG = Logger.getLogger(PreSigningJob.class);
    private static final Duration REFRESH_SCAN = Duration.ofMinutes(1);

    private final PreSignedAnswers answers;
    private final CertificateStates states;
    private final OcspConfig config;
    private final Clock clock;
    private final ExecutorService immediate = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "ocsp-revoked-signer");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicReference<Instant> lastSuccess = new AtomicReference<>();
    private Instant watermark;
    private Instant lastRefreshScan = Instant.MIN;

    PreSigningJob(PreSignedAnswers answers, CertificateStates states, OcspConfig config, Clock clock, MeterRegistry registry) {
        this.answers = answers;
        this.states = states;
        this.config = config;
        this.clock = clock;
        registry.gauge("idse.ocsp.refresh.age.seconds", lastSuccess,
                last -> last.get() == null ? Double.NaN : Duration.between(last.get(), Instant.now()).toMillis() / 1000.0);
    }

    @Scheduled(every = "${idse.ocsp.refresh-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    synchronized void run() {
        try {
            if (watermark == null) {
                loadAll();
            }
            pollChanges();
            refreshDue();
            lastSuccess.set(Instant.now());
        } catch (RuntimeException e) {
            LOG.warnf("OCSP pre-signing could not read the database (answers stay as they are; retried in %s): %s",
                    config.refreshInterval(), e.toString());
        }
    }

    /**
     * Signs the revoked certificate's answers now, once its transaction committed, on a thread of
     * its own: the consumer that committed goes on to its next event without waiting for signatures.
     */
    void onRevoked(@Observes(during = TransactionPhase.AFTER_SUCCESS) CertificateRevoked revoked) {
        immediate.execute(() -> {
            try {
                states.find(revoked.numeroSerie()).ifPresent(state -> answers.signIfChanged(state, clock.instant()));
            } catch (RuntimeException e) {
                LOG.warnf("Could not pre-sign the OCSP answer of revoked %s now; the next poll will: %s",
                        revoked.numeroSerie(), e);
            }
        });
    }

    @PreDestroy
    void stop() {
        immediate.shutdownNow();
    }

    private void loadAll() {
        Instant started = clock.instant();
        String after = "";
        int loaded = 0;
        while (true) {
            List<CertificateStates.Changed> batch = states.unexpired(started, after, config.loadBatchSize());
            batch.forEach(row -> answers.signIfChanged(row.state(), clock.instant()));
            loaded += batch.size();
            if (batch.size() < config.loadBatchSize()) {
                break;
            }
            after = batch.get(batch.size() - 1).state().numeroSerie();
        }
        watermark = started;
        LOG.infof("OCSP: pre-signed the answers of %d unexpired certificates", loaded);
    }

    private void pollChanges() {
        Instant now = clock.instant();
        // Never ahead of the clock (a dev clock moved back), and a lookback for late commits.
        Instant since = (watermark.isAfter(now) ? now : watermark).minus(config.refreshLookback());
        for (CertificateStates.Changed row : states.changedSince(since)) {
            answers.signIfChanged(row.state(), now);
            if (row.changedAt().isAfter(watermark)) {
                watermark = row.changedAt();
            }
        }
    }

    private void refreshDue() {
        Instant now = clock.instant();
        if (Duration.between(lastRefreshScan, now).compareTo(REFRESH_SCAN) < 0 && !lastRefreshScan.isAfter(now)) {
            return;
        }
        lastRefreshScan = now;
        for (CertificateState state : answers.due(now)) {
            if (now.isBefore(state.notAfter())) {
                answers.signIfChanged(state, now);
            } else {
                answers.drop(state);
            }
        }
    }
}
