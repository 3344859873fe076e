package mx.idse.request.support;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;

import mx.idse.events.CloudEvent;
import mx.idse.events.testing.EventPayloads;
import mx.idse.events.testing.TestEvents;

/** Events certificate-service would publish about this service's requests, put on the real topic by tests. */
public final class CertificateEvents {

    private CertificateEvents() {
    }

    /** 15 decimal digits, as certificate-service makes them. */
    public static String randomSerial() {
        return String.valueOf(100_000_000_000_000L + ThreadLocalRandom.current().nextLong(900_000_000_000_000L));
    }

    /** A CertificateIssued envelope for the folio, valid from now until {@code validUntil}. */
    public static CloudEvent issued(String folio, String serial, String npie, Instant validUntil, Clock clock) {
        return TestEvents.envelope(EventPayloads.certificateIssued().folio(folio).serial(serial).npie(npie)
                .validity(clock.instant(), validUntil).build(), serial);
    }

    /** A CertificateIssuanceFailed envelope for the folio (keyed by folio: there is no serial). */
    public static CloudEvent issuanceFailed(String folio, String motivo, String detalle) {
        return TestEvents.envelope(EventPayloads.certificateIssuanceFailed().folio(folio).motivo(motivo, detalle).build(),
                folio);
    }

    /** Publishes the event on its topic, keyed by its subject. */
    public static void publish(CloudEvent event) {
        TestEvents.publish(event);
    }
}
