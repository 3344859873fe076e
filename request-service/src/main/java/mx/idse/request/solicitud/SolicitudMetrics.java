package mx.idse.request.solicitud;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.MeterRegistry;

/** Prometheus counters of request outcomes: {@code idse_requests_total{outcome=...}}. */
@ApplicationScoped
public class SolicitudMetrics {

    private final MeterRegistry registry;

    SolicitudMetrics(MeterRegistry registry) {
        this.registry = registry;
        for (EstadoSolicitud estado : EstadoSolicitud.values()) {
            counter(estado); // registered up front so dashboards see zeros, not gaps
        }
    }

    /** Counts a request reaching the given state (PENDIENTE = submitted). */
    public void reached(EstadoSolicitud estado) {
        counter(estado).increment();
    }

    private io.micrometer.core.instrument.Counter counter(EstadoSolicitud estado) {
        return registry.counter("idse.requests", "estado", estado.name());
    }
}
