package mx.idse.request.support;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;

import mx.idse.events.CloudEvent;
import mx.idse.events.EventJson;
import mx.idse.events.Topics;
import mx.idse.events.payload.CertificateIssuanceFailed;
import mx.idse.events.payload.CertificateIssued;
import mx.idse.events.payload.TipoCertificado;
import mx.idse.events.payload.TipoSolicitud;
import mx.idse.testinfra.KafkaTopics;

/** Events certificate-service would publish, put on the real topic by tests. */
public final class CertificateEvents {

    private CertificateEvents() {
    }

    /** 15 decimal digits, as certificate-service makes them. */
    public static String randomSerial() {
        return String.valueOf(100_000_000_000_000L + ThreadLocalRandom.current().nextLong(900_000_000_000_000L));
    }

    /** A CertificateIssued envelope for the folio, valid from now until {@code validUntil}. */
    public static CloudEvent issued(String folio, String serial, String npie, Instant validUntil, Clock clock) {
        return CloudEvent.wrap(new CertificateIssued(folio, TipoCertificado.PRINCIPAL, serial, npie, "x@example.mx",
                "ACME", "CFE370814QI0", "u", clock.instant(), validUntil, null, null, null), "/idse/certificate-service",
                serial, clock);
    }

    /** A CertificateIssuanceFailed envelope for the folio (keyed by folio: there is no serial). */
    public static CloudEvent issuanceFailed(String folio, String motivo, String detalle, Clock clock) {
        return CloudEvent.wrap(new CertificateIssuanceFailed(folio, TipoSolicitud.PRINCIPAL, "x@example.mx", motivo,
                detalle, null), "/idse/certificate-service", folio, clock);
    }

    /** Publishes the event on idse.certificates, keyed by its serial. */
    public static void publish(CloudEvent event) {
        KafkaTopics.send(Topics.CERTIFICATES, event.subject(), EventJson.write(event));
    }
}
