package mx.idse.certificate.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the OCSP responder ({@code idse.ocsp.*}, docs/revocation.md). */
@ConfigMapping(prefix = "idse.ocsp")
public interface OcspConfig {

    /** nextUpdate - thisUpdate of every answer; pre-signed answers are signed again at half of it. */
    @WithDefault("PT1H")
    Duration nextUpdate();

    /** How often each replica reads certificates created or changed since its last look and signs their answers. */
    @WithDefault("1s")
    Duration refreshInterval();

    /**
     * How far behind its watermark that read starts again: a transaction that commits after a
     * later one (its rows carry an earlier time) is still seen.
     */
    @WithDefault("PT10S")
    Duration refreshLookback();

    /** Certificates read and signed per batch when a replica starts and loads every unexpired one. */
    @WithDefault("1000")
    int loadBatchSize();

    /** Whether a request with a nonce gets a live-signed answer echoing it; false: the pre-signed answer, without nonce. */
    @WithDefault("true")
    boolean signNonceRequests();

    /** Most certificates one request may ask about; more is answered malformedRequest. */
    @WithDefault("10")
    int maxCertificatesPerRequest();
}
