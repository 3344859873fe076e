package mx.idse.notification.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.mail.internet.MimeMessage;

import mx.idse.events.payload.TipoCertificado;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.junit.QuarkusTest;
import mx.idse.events.EventJson;
import mx.idse.events.Topics;
import mx.idse.events.payload.CertificateCancelled;
import mx.idse.events.payload.CertificateExpiring;
import mx.idse.events.payload.CertificateIssuanceFailed;
import mx.idse.events.payload.CertificateIssued;
import mx.idse.events.payload.Patron;
import mx.idse.events.payload.RequestDeadlineApproaching;
import mx.idse.events.payload.RequestExpired;
import mx.idse.events.payload.RequestRejected;
import mx.idse.events.payload.RequestSubmitted;
import mx.idse.events.payload.TipoPersona;
import mx.idse.events.payload.TipoSolicitud;
import mx.idse.notification.support.MailParts;
import mx.idse.notification.support.TestEvents;
import mx.idse.testinfra.Infrastructure;
import mx.idse.testinfra.KafkaTopics;

/** Events on their topics become exactly one email each, in Spanish, with both MIME parts. */
@QuarkusTest
class NotificacionDeliveryTest {

    private static final Duration MAIL_TIMEOUT = Duration.ofSeconds(30);
    private static final Instant ISSUED = Instant.parse("2026-12-01T18:00:00Z");
    private static final Instant UNTIL = Instant.parse("2028-12-01T18:00:00Z");

    /** topic, payload (its correo is replaced per run), expected subject, facts both parts must hold. */
    static Stream<Arguments> everyEventType() {
        return Stream.of(
                Arguments.of(Topics.REQUESTS, (EventFor) correo -> new RequestSubmitted("FOLIO-SUB-1", TipoSolicitud.PRINCIPAL,
                        new Patron(TipoPersona.MORAL, "ABC010101AB1", "Señales del Norte", "A1234567890", null), correo,
                        ISSUED, LocalDate.of(2026, 12, 11), List.of("IDENTIFICACION_OFICIAL", "PODER_NOTARIAL"), null, null, null),
                        "Recibimos tu solicitud FOLIO-SUB-1: acude antes del 11 de diciembre",
                        List.of("FOLIO-SUB-1", "11 de diciembre de 2026", "Subdelegación", "Poder notarial",
                                "se cancelará automáticamente")),
                Arguments.of(Topics.REQUESTS, (EventFor) correo -> new RequestDeadlineApproaching("FOLIO-DL-1",
                        TipoSolicitud.PRINCIPAL, correo, "Ana Núñez", LocalDate.of(2026, 12, 12), 2),
                        "Tu solicitud FOLIO-DL-1 vence el 12 de diciembre",
                        List.of("FOLIO-DL-1", "2 días hábiles", "12 de diciembre de 2026")),
                Arguments.of(Topics.REQUESTS, (EventFor) correo -> new RequestExpired("FOLIO-EXP-1", TipoSolicitud.PRINCIPAL,
                        correo, "Ana Núñez", LocalDate.of(2026, 12, 12), Instant.parse("2026-12-13T06:00:00Z")),
                        "Tu solicitud FOLIO-EXP-1 se canceló por vencimiento",
                        List.of("FOLIO-EXP-1", "automáticamente", "solicitud nueva")),
                Arguments.of(Topics.REQUESTS, (EventFor) correo -> new RequestRejected("FOLIO-REJ-1", TipoSolicitud.PRINCIPAL,
                        correo, "Ana Núñez", "DOCUMENTACION_INCOMPLETA", "No se presentó la documentación completa",
                        "0901", ISSUED),
                        "Tu solicitud FOLIO-REJ-1 fue rechazada",
                        List.of("FOLIO-REJ-1", "No se presentó la documentación completa", "1 de diciembre de 2026")),
                Arguments.of(Topics.CERTIFICATES, (EventFor) correo -> new CertificateIssued("FOLIO-ISS-1", TipoCertificado.PRINCIPAL,
                        "100000000000123", "NPIE0000123", correo, "Señales del Norte", "ABC010101AB1", "senales", ISSUED, UNTIL,
                        null, null, "https://idse.example.mx/imss/instalaRenovacion.idse?SERIAL_NOM=100000000000123"),
                        "Tu certificado 100000000000123 está listo para instalar",
                        List.of("NPIE0000123", "100000000000123", "1 de diciembre de 2028",
                                "instalaRenovacion.idse?SERIAL_NOM=100000000000123", ".pfx", ".key")),
                Arguments.of(Topics.CERTIFICATES, (EventFor) correo -> new CertificateIssuanceFailed("FOLIO-FAIL-1",
                        TipoSolicitud.PRINCIPAL, correo, "LLAVE_DEBIL", "La llave RSA es de 1024 bits; se requieren 2048 o más", null),
                        "No pudimos emitir el certificado de tu solicitud FOLIO-FAIL-1",
                        List.of("FOLIO-FAIL-1", "1024 bits", "solicitud nueva")),
                Arguments.of(Topics.CANCELLATIONS, (EventFor) correo -> new CertificateCancelled("100000000000456", "FOLIO-CAN-1",
                        TipoCertificado.PRINCIPAL, "NPIE0000456", correo, "OLVIDO_CONTRASENA", "EN_LINEA", ISSUED, null, null, null, null),
                        "Tu certificado 100000000000456 fue cancelado",
                        List.of("100000000000456", "1 de diciembre de 2026", "olvido de la contraseña", "certificado nuevo")),
                Arguments.of(Topics.CERTIFICATES, (EventFor) correo -> new CertificateExpiring("100000000000789",
                        TipoCertificado.PRINCIPAL, "NPIE0000789", correo, UNTIL),
                        "Tu certificado 100000000000789 vence el 1 de diciembre de 2028",
                        List.of("100000000000789", "1 de diciembre de 2028", "renuévalo")));
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("everyEventType")
    void eachEventBecomesOneSpanishEmailWithBothParts(String topic, EventFor event, String subject, List<String> facts)
            throws Exception {
        String correo = uniqueAddress();
        Record payload = event.with(correo);
        String json = TestEvents.publish(topic, payload, "key-" + correo);

        List<MimeMessage> received = Infrastructure.smtp().awaitMessagesFor(correo, 1, MAIL_TIMEOUT);

        assertEquals(1, received.size(), "one email for " + payload.getClass().getSimpleName());
        MailParts mail = MailParts.of(received.get(0));
        assertEquals(subject, mail.subject());
        assertNotNull(mail.text(), "plain-text part");
        assertNotNull(mail.html(), "HTML part");
        for (String fact : facts) {
            assertTrue(mail.text().contains(fact), "text part lacks '" + fact + "':\n" + mail.text());
            assertTrue(mail.html().contains(fact), "HTML part lacks '" + fact + "':\n" + mail.html());
        }
        assertFalse(mail.text().contains("{"), "no unrendered expression");
        String messageId = received.get(0).getHeader("Message-ID")[0];
        assertTrue(messageId.contains(EventJson.read(json).id().toString()), "Message-ID from the event id: " + messageId);
    }

    @Test
    void anAdditionalCertificateAlsoTellsThePrincipal() {
        String holder = uniqueAddress();
        String principal = uniqueAddress();
        TestEvents.publish(Topics.CERTIFICATES, new CertificateIssued("FOLIO-ADI-1", TipoCertificado.ADICIONAL,
                "100000000000999", "NPIE0000999", holder, "Luis Pérez", "PEPL800101AB1", "lperez", ISSUED, UNTIL,
                "100000000000123", principal, null), "100000000000999");

        assertEquals(1, Infrastructure.smtp().awaitMessagesFor(holder, 1, MAIL_TIMEOUT).size());
        List<MimeMessage> toPrincipal = Infrastructure.smtp().awaitMessagesFor(principal, 1, MAIL_TIMEOUT);
        assertEquals(1, toPrincipal.size());
        MailParts mail = MailParts.of(toPrincipal.get(0));
        assertEquals("Se emitió el certificado adicional 100000000000999", mail.subject());
        assertTrue(mail.text().contains("Luis Pérez"));
    }

    @Test
    void anAdditionalRequestTellsItsHolderItIsBeingIssuedAndNoticesThePrincipal() {
        String holder = uniqueAddress();
        String principal = uniqueAddress();
        TestEvents.publish(Topics.REQUESTS, new RequestSubmitted("FOLIO-ADI-3", TipoSolicitud.ADICIONAL,
                new Patron(TipoPersona.MORAL, "CFE370814QI0", "Señales del Norte", "A1234567890", null), holder, ISSUED,
                null, List.of(), "NPIE0000999", "100000000000123", principal), "FOLIO-ADI-3");

        MailParts toHolder = MailParts.of(Infrastructure.smtp().awaitMessagesFor(holder, 1, MAIL_TIMEOUT).get(0));
        assertTrue(toHolder.text().contains("se está emitiendo"), toHolder.text());
        assertFalse(toHolder.html().contains("Subdelegación"), toHolder.html());
        MailParts toPrincipal = MailParts.of(Infrastructure.smtp().awaitMessagesFor(principal, 1, MAIL_TIMEOUT).get(0));
        assertEquals("Se solicitó un certificado adicional con tu NPIE NPIE0000999", toPrincipal.subject());
        assertTrue(toPrincipal.text().contains(holder), toPrincipal.text());
    }

    @Test
    void anAdditionalCertificateCancelledAlsoTellsThePrincipal() {
        String holder = uniqueAddress();
        String principal = uniqueAddress();
        TestEvents.publish(Topics.CANCELLATIONS, new CertificateCancelled("100000000000998", "FOLIO-ADI-2",
                TipoCertificado.ADICIONAL, "NPIE0000999", holder, "PERDIDA_O_ROBO", "EN_LINEA", ISSUED, null, null,
                "100000000000123", principal), "100000000000998");

        assertEquals(1, Infrastructure.smtp().awaitMessagesFor(holder, 1, MAIL_TIMEOUT).size());
        List<MimeMessage> toPrincipal = Infrastructure.smtp().awaitMessagesFor(principal, 1, MAIL_TIMEOUT);
        assertEquals(1, toPrincipal.size());
        MailParts mail = MailParts.of(toPrincipal.get(0));
        assertEquals("Se canceló el certificado adicional 100000000000998", mail.subject());
        assertTrue(mail.text().contains(holder), mail.text());
        assertTrue(mail.html().contains("pérdida o robo del certificado o de la llave privada"), mail.html());
    }

    @Test
    void theSameEventTwiceSendsOneEmail() {
        String correo = uniqueAddress();
        String key = "FOLIO-DUP-1";
        String json = TestEvents.envelope(new RequestDeadlineApproaching(key, TipoSolicitud.PRINCIPAL, correo,
                "Ana", LocalDate.of(2026, 12, 12), 2), key);
        KafkaTopics.send(Topics.REQUESTS, key, json);
        KafkaTopics.send(Topics.REQUESTS, key, json);
        // Same key, same partition: once this later event's email is in, the redelivery was handled.
        TestEvents.publish(Topics.REQUESTS, new RequestExpired(key, TipoSolicitud.PRINCIPAL, correo, "Ana",
                LocalDate.of(2026, 12, 12), Instant.parse("2026-12-13T06:00:00Z")), key);

        List<MimeMessage> received = Infrastructure.smtp().awaitMessagesFor(correo, 2, MAIL_TIMEOUT);

        assertEquals(List.of("Tu solicitud FOLIO-DUP-1 se canceló por vencimiento",
                "Tu solicitud FOLIO-DUP-1 vence el 12 de diciembre"),
                received.stream().map(message -> MailParts.of(message).subject()).sorted().toList());
    }

    @Test
    void anUnreadableEventIsDeadLetteredAndTheNextOneStillArrives() {
        String key = "FOLIO-POISON-" + UUID.randomUUID().toString().substring(0, 8);
        KafkaTopics.send(Topics.REQUESTS, key, "esto no es un evento");
        String correo = uniqueAddress();
        TestEvents.publish(Topics.REQUESTS, new RequestExpired(key, TipoSolicitud.PRINCIPAL, correo, "Ana",
                LocalDate.of(2026, 12, 12), Instant.parse("2026-12-13T06:00:00Z")), key);

        List<ConsumerRecord<String, String>> deadLetters = KafkaTopics.awaitRecords(Topics.DEAD_LETTERS,
                record -> key.equals(record.key()), 1, MAIL_TIMEOUT);
        assertEquals(1, deadLetters.size());
        assertEquals("esto no es un evento", deadLetters.get(0).value());
        assertEquals(1, Infrastructure.smtp().awaitMessagesFor(correo, 1, MAIL_TIMEOUT).size());
    }

    private static String uniqueAddress() {
        return "patron-" + UUID.randomUUID() + "@example.mx";
    }

    /** Builds an event addressed to a given email (each test run uses a fresh mailbox). */
    @FunctionalInterface
    interface EventFor {
        Record with(String correo);
    }
}
