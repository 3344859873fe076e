package mx.idse.certificate.config;

import java.net.URI;
import java.time.Period;
import java.util.Optional;
import java.util.OptionalInt;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of issuance ({@code idse.certificates.*}). */
@ConfigMapping(prefix = "idse.certificates")
public interface CertificateServiceConfig {

    /** How long an issued certificate is valid (ISO-8601 period), never past the issuing CA's own validity. */
    @WithDefault("P2Y")
    Period validity();

    /** CRL distribution point written in every certificate; production sets its public http URL. */
    @WithDefault("http://127.0.0.1:8082/crl")
    URI crlUrl();

    /** OCSP responder written in every certificate (AIA); production sets its public http URL. */
    @WithDefault("http://127.0.0.1:8082/ocsp")
    URI ocspUrl();

    /** Where relying parties fetch the issuing CA certificate (AIA caIssuers); absent: not written. */
    Optional<URI> caIssuersUrl();

    /** Public base URL of this service: the install link in CertificateIssued starts with it. */
    @WithDefault("http://127.0.0.1:8082")
    URI publicBaseUrl();

    /** Threads that verify CSRs and sign certificates in parallel; default: one per CPU core. */
    OptionalInt signingThreads();

    /**
     * Most RequestConcluded events taken from Kafka at once and issued in one transaction (the
     * issuance channel's {@code max.poll.records} follows it).
     */
    @WithDefault("500")
    int batchSize();

    /**
     * Most active additional certificates a principal may have; issuance beyond it is refused
     * (CertificateIssuanceFailed, motivo LIMITE_ADICIONALES). request-service checks its own limit first.
     */
    @WithDefault("10")
    int maxAdditionalsPerPrincipal();
}
