package mx.idse.certificate.expiring;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import mx.idse.certificate.certificado.CertificadoEntity;
import mx.idse.certificate.support.CertificadosDePrueba;
import mx.idse.certificate.support.CertificadosDePrueba.Titular;
import mx.idse.events.EventJson;
import mx.idse.events.EventType;
import mx.idse.events.Topics;
import mx.idse.events.payload.CertificateExpiring;
import mx.idse.platform.time.ClockProducer;
import mx.idse.testinfra.KafkaTopics;

/** CertificateExpiring 30 and 7 days before notAfter, once each, for active certificates only. */
@QuarkusTest
class ExpiringNoticesTest {

    private static final String EXPIRING = EventType.of(CertificateExpiring.class).type();

    @Inject
    CertificadosDePrueba issued;
    @Inject
    ExpiringNotices notices;
    @Inject
    ClockProducer clocks;

    @AfterEach
    void backToRealTime() {
        clocks.movable().orElseThrow().reset();
    }

    @Test
    void noticesAt30And7DaysOnceEach() {
        Titular holder = issued.issue(Duration.ofDays(40));

        notices.emitDue();
        assertEquals(List.of(), noticeDays(holder.numeroSerie()), "40 days left: no notice yet");

        clocks.movable().orElseThrow().advance(Duration.ofDays(11));
        notices.emitDue();
        notices.emitDue();
        List<CertificateExpiring> afterThirty = awaitExpiring(holder.numeroSerie(), 1);

        clocks.movable().orElseThrow().advance(Duration.ofDays(23));
        notices.emitDue();
        notices.emitDue();
        List<CertificateExpiring> afterSeven = awaitExpiring(holder.numeroSerie(), 2);

        assertEquals(1, afterThirty.size());
        assertEquals(2, afterSeven.size(), "one 30-day and one 7-day notice, each once");
        assertEquals(List.of(7, 30), noticeDays(holder.numeroSerie()));
        assertEquals(holder.certificate().getNotAfter().toInstant(), afterSeven.get(1).validoHasta());
        assertEquals(holder.npie(), afterSeven.get(1).npie());
    }

    @Test
    void aCancelledCertificateIsNotToldItExpires() {
        Titular holder = issued.issue(Duration.ofDays(20));
        issued.cancel(holder.numeroSerie());

        clocks.movable().orElseThrow().advance(Duration.ofDays(15));
        notices.emitDue();

        assertEquals(List.of(), noticeDays(holder.numeroSerie()));
    }

    @Test
    void aCertificateInsideTheSevenDayWindowGetsOnlyThatNotice() {
        Titular holder = issued.issue(Duration.ofDays(5));

        notices.emitDue();

        List<CertificateExpiring> sent = awaitExpiring(holder.numeroSerie(), 1);
        assertEquals(1, sent.size());
        assertEquals(List.of(7), noticeDays(holder.numeroSerie()), "no 30-day notice arrives late");
    }

    /** The notices recorded for the certificate (written with their events in one transaction). */
    @SuppressWarnings("unchecked")
    private static List<Integer> noticeDays(String serial) {
        return QuarkusTransaction.requiringNew().call(() -> ((List<Number>) CertificadoEntity.getEntityManager()
                .createNativeQuery("SELECT dias FROM expiring_notice WHERE numero_serie = ?1 ORDER BY dias")
                .setParameter(1, serial).getResultList()).stream().map(Number::intValue).toList());
    }

    private static List<CertificateExpiring> awaitExpiring(String serial, int count) {
        await().atMost(Duration.ofSeconds(30)).until(() -> expiringFor(serial).size() >= count);
        return expiringFor(serial);
    }

    private static List<CertificateExpiring> expiringFor(String serial) {
        return KafkaTopics.readAllNow(Topics.CERTIFICATES, Duration.ofMillis(300)).stream()
                .filter(record -> serial.equals(record.key()))
                .map(ConsumerRecord::value)
                .map(EventJson::read)
                .filter(event -> EXPIRING.equals(event.type()))
                .map(event -> event.dataAs(CertificateExpiring.class))
                .toList();
    }
}
