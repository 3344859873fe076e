package mx.idse.certificate.support;

import java.time.Instant;

import mx.idse.events.CloudEvent;
import mx.idse.events.testing.EventPayloads;
import mx.idse.events.testing.TestEvents;

/** CertificateCancelled as cancellation-service publishes it, keyed by serial on idse.cancellations. */
public final class CancelledEvents {

    private CancelledEvents() {
    }

    /** An in-person cancellation of a principal certificate. */
    public static CloudEvent cancelled(String serial, String motivo, Instant fecha) {
        return TestEvents.envelope(EventPayloads.certificateCancelled().serial(serial).folio("F-" + serial)
                .npie("NPIE" + serial).correo("maria@example.mx").motivo(motivo).presencial("operador-1", "Subdelegación Centro")
                .fechaCancelacion(fecha).build(), serial);
    }

    public static void publish(CloudEvent event) {
        TestEvents.publish(event);
    }
}
