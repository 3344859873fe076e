package mx.idse.cancellation.cancelacion;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import mx.idse.events.payload.MotivoCancelacion;

/** Prometheus counter of cancelled certificates: {@code idse_cancellations_total{motivo,canal}}. */
@ApplicationScoped
public class CancelacionMetrics {

    private final MeterRegistry registry;

    CancelacionMetrics(MeterRegistry registry) {
        this.registry = registry;
        for (MotivoCancelacion motivo : MotivoCancelacion.values()) {
            for (Canal canal : Canal.values()) {
                counter(motivo, canal); // registered up front so dashboards see zeros, not gaps
            }
        }
    }

    /** Counts one cancelled certificate (each cascaded additional counts on its own). */
    public void cancelled(MotivoCancelacion motivo, Canal canal) {
        counter(motivo, canal).increment();
    }

    private Counter counter(MotivoCancelacion motivo, Canal canal) {
        return Counter.builder("idse.cancellations").tag("motivo", motivo.name()).tag("canal", canal.name())
                .description("Certificates cancelled, by motivo and channel").register(registry);
    }
}
