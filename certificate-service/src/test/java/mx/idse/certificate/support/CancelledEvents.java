package mx.idse.certificate.support;

import java.time.Clock;
import java.time.Instant;

import mx.idse.events.CloudEvent;
import mx.idse.events.EventJson;
import mx.idse.events.Topics;
import mx.idse.events.payload.CertificateCancelled;
import mx.idse.events.payload.TipoCertificado;
import mx.idse.testinfra.KafkaTopics;

/** CertificateCancelled as cancellation-service publishes it, keyed by serial on idse.cancellations. */
public final class CancelledEvents {

    private CancelledEvents() {
    }

    public static CloudEvent cancelled(String serial, String motivo, Instant fecha) {
        CertificateCancelled payload = new CertificateCancelled(serial, "F-" + serial, TipoCertificado.PRINCIPAL, "NPIE" + serial,
                "maria@example.mx", motivo, "PRESENCIAL", fecha, "operador-1", "Subdelegación Centro", null, null);
        return CloudEvent.wrap(payload, "/idse/cancellation-service", serial, Clock.systemUTC());
    }

    public static void publish(CloudEvent event) {
        KafkaTopics.send(Topics.CANCELLATIONS, event.subject(), EventJson.write(event));
    }
}
