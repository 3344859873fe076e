package mx.idse.cancellation.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Settings of cancellation-service ({@code idse.cancellations.*}). The credential check's own
 * settings are platform's ({@code idse.certificate-service.url}, {@code .timeout}) and the
 * throttle's are pki's ({@code idse.crypto.throttle.*}).
 */
@ConfigMapping(prefix = "idse.cancellations")
public interface CancellationServiceConfig {

    /**
     * Retry-After told to a holder who passed the credential check but whose certificate this
     * service has not yet learnt about (its CertificateIssued event is still on its way).
     */
    @WithDefault("30s")
    Duration readModelRetryAfter();
}
