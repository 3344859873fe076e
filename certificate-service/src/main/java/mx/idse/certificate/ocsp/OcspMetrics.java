package mx.idse.certificate.ocsp;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/** {@code idse.ocsp.responses{source}}: pre-signed, live (a new signature) or malformed. */
@ApplicationScoped
class OcspMetrics {

    private final MeterRegistry registry;
    private final Counter preSigned;
    private final Counter malformed;

    OcspMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.preSigned = registry.counter("idse.ocsp.responses", "source", "pre-signed");
        this.malformed = registry.counter("idse.ocsp.responses", "source", "malformed");
    }

    void answered(String source) {
        ("pre-signed".equals(source) ? preSigned : registry.counter("idse.ocsp.responses", "source", source)).increment();
    }

    void malformed() {
        malformed.increment();
    }
}
