package mx.idse.request.expiry;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.scheduler.Scheduled;

/** Runs the time-driven transitions on the cron of {@code idse.requests.expiry-cron}. */
@ApplicationScoped
public class ExpiryJob {

    private final ExpiryService expiry;

    ExpiryJob(ExpiryService expiry) {
        this.expiry = expiry;
    }

    @Scheduled(identity = "request-expiry", cron = "${idse.requests.expiry-cron}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        expiry.expireOverdue();
        expiry.sendDeadlineNotices();
        expiry.releaseUsuariosOfExpiredCertificates();
    }
}
