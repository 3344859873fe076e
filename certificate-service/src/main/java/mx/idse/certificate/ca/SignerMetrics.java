package mx.idse.certificate.ca;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import mx.idse.certificate.signer.CertificateSigner;

/** {@code idse_ca_signer{provider=...} 1}: which JCA provider signs, for dashboards and the benchmark. */
@ApplicationScoped
public class SignerMetrics {

    static final String METRIC = "idse.ca.signer";

    void register(@Observes StartupEvent start, MeterRegistry registry, CertificateSigner signer) {
        Gauge.builder(METRIC, () -> 1)
                .description("The JCA provider that signs with the issuing CA key (value always 1)")
                .tag("provider", signer.providerName())
                .tag("algorithm", signer.signatureAlgorithm())
                .register(registry);
    }
}
