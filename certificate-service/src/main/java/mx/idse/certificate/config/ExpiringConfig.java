package mx.idse.certificate.config;

import java.time.Duration;
import java.util.List;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the CertificateExpiring notices ({@code idse.expiring.*}). */
@ConfigMapping(prefix = "idse.expiring")
public interface ExpiringConfig {

    /** Days before notAfter at which an active certificate's holder is told, once each. */
    @WithDefault("30,7")
    List<Integer> noticeDays();

    /** How often the scheduler looks for certificates entering a notice window. */
    @WithDefault("1h")
    Duration checkInterval();

    /** Notices claimed and emitted per transaction. */
    @WithDefault("500")
    int batchSize();
}
