package mx.idse.certificate.issuance;

import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import mx.idse.events.payload.TipoCertificado;
import mx.idse.certificate.signer.CertificateSigner;

/**
 * {@code idse.certificates.issued{tipo,provider}}, {@code idse.certificates.refused{motivo}} and
 * {@code idse.certificates.issuance.latency{provider}}: from the request's conclusion (the
 * RequestConcluded event time) to the certificate stored, as a histogram for p50/p99.
 */
@ApplicationScoped
public class IssuanceMetrics {

    private final MeterRegistry registry;
    private final String provider;
    private final Timer latency;

    IssuanceMetrics(MeterRegistry registry, CertificateSigner signer) {
        this.registry = registry;
        this.provider = signer.providerName();
        this.latency = Timer.builder("idse.certificates.issuance.latency")
                .description("From the request's conclusion to its certificate stored")
                .tag("provider", provider)
                .publishPercentileHistogram()
                .register(registry);
    }

    void issued(TipoCertificado tipo, Instant concludedAt, Instant storedAt) {
        registry.counter("idse.certificates.issued", "tipo", tipo.name(), "provider", provider).increment();
        if (concludedAt != null && !storedAt.isBefore(concludedAt)) {
            latency.record(Duration.between(concludedAt, storedAt));
        }
    }

    void refused(MotivoFalla motivo) {
        registry.counter("idse.certificates.refused", "motivo", motivo.name()).increment();
    }
}
