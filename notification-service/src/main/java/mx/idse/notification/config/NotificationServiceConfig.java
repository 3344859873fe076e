package mx.idse.notification.config;

import java.net.URI;
import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of notification delivery ({@code idse.notifications.*}). */
@ConfigMapping(prefix = "idse.notifications")
public interface NotificationServiceConfig {

    /** Public base URL of the portal: links in emails (new request, request status) start with it. */
    @WithDefault("http://127.0.0.1:8081")
    URI publicBaseUrl();

    /**
     * certificate-service's public base URL, used when a CertificateIssued event has no
     * {@code urlInstalacion}: the link is then built by {@link mx.idse.events.InstallUrl}
     * ({@code <this>/certificacion/instalaRenovacion.idse?SERIAL_NOM=<serial>}).
     */
    @WithDefault("http://127.0.0.1:8082")
    URI installBaseUrl();

    /**
     * How often due notifications (retries) are looked for; the scheduler's {@code every}, which
     * cannot be shorter than a second. A new email does not wait for it: it is sent right after
     * the transaction that recorded it commits.
     */
    @WithDefault("1s")
    String pollInterval();

    /** Sends tried before a notification is marked FAILED. */
    @WithDefault("8")
    int maxAttempts();

    /** Wait after the first failed send; doubled after each further failure. */
    @WithDefault("PT30S")
    Duration retryInitialDelay();

    /** Longest wait between two attempts. */
    @WithDefault("PT1H")
    Duration retryMaxDelay();

    /** Most notifications sent in one scheduler run. */
    @WithDefault("100")
    int batchSize();

    /**
     * Emails sent at once: each sender claims its own due row (FOR UPDATE SKIP LOCKED), so a slow
     * SMTP round trip does not queue everything behind it.
     */
    @WithDefault("4")
    int senders();

    /** Right-hand side of every Message-ID. */
    @WithDefault("idse.imss.gob.mx")
    String messageIdDomain();
}
