package mx.idse.request.config;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of request-service ({@code idse.requests.*}). */
@ConfigMapping(prefix = "idse.requests")
public interface RequestServiceConfig {

    /** Business days the applicant has to conclude the request in person (the seed says 10). */
    @WithDefault("10")
    int businessDaysToConclude();

    /** Business days before the deadline at which RequestDeadlineApproaching is sent, once. */
    @WithDefault("2")
    int deadlineNoticeBusinessDays();

    /** IMSS non-working dates (yyyy-MM-dd) on top of weekends and LFT art. 74 rest days. */
    Optional<List<LocalDate>> imssNonWorkingDates();

    /**
     * Cron of the scheduled jobs: expire requests, send deadline notices, free usuarios, purge old
     * Idempotency-Keys ({@code off} disables them).
     */
    @WithDefault("0 */5 * * * ?")
    String expiryCron();

    /** Requests expired or noticed per transaction by the scheduler. */
    @WithDefault("200")
    int schedulerBatchSize();

    /** How long an Idempotency-Key is remembered; a retry after that is a new request. */
    @WithDefault("24h")
    Duration idempotencyKeyRetention();

    /**
     * Most additional certificates a principal may have at once (waiting for issuance, or issued,
     * not cancelled and valid); certificate-service checks its own limit again at issuance.
     */
    @WithDefault("10")
    int maxAdditionalsPerPrincipal();
}
