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

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.junit.QuarkusTest;
import mx.idse.events.CloudEvent;
import mx.idse.events.Topics;
import mx.idse.events.payload.Patron;
import mx.idse.events.payload.RequestExpired;
import mx.idse.events.payload.TipoPersona;
import mx.idse.events.testing.EventPayloads;
import mx.idse.events.testing.TestEvents;
import mx.idse.notification.support.MailParts;
import mx.idse.testinfra.Infrastructure;
import mx.idse.testinfra.KafkaTopics;

/** Events on their topics become exactly one email each, in Spanish, with both MIME parts. */
@QuarkusTest
class NotificacionDeliveryTest {

    private static final Duration MAIL_TIMEOUT = Duration.ofSeconds(30);
    private static final Instant ISSUED = Instant.parse("2026-12-01T18:00:00Z");
    private static final Instant UNTIL = Instant.parse("2028-12-01T18:00:00Z");
    private static final Patron SENALES = new Patron(TipoPersona.MORAL, "ABC010101AB1", "Señales del Norte", "A1234567890",
            null);

    /** payload (its correo is replaced per run), expected subject, facts both parts must hold. */
    static Stream<Arguments> everyEventType() {
        return Stream.of(
                Arguments.of((EventFor) correo -> EventPayloads.requestSubmitted().folio("FOLIO-SUB-1").patron(SENALES)
                        .correo(correo).fechaSolicitud(ISSUED).fechaLimite(LocalDate.of(2026, 12, 11))
                        .documentosRequeridos("IDENTIFICACION_OFICIAL", "PODER_NOTARIAL").build(),
                        "Recibimos tu solicitud FOLIO-SUB-1: acude antes del 11 de diciembre",
                        List.of("FOLIO-SUB-1", "11 de diciembre de 2026", "Subdelegación", "Poder notarial",
                                "se cancelará automáticamente")),
                Arguments.of((EventFor) correo -> EventPayloads.requestDeadlineApproaching().folio("FOLIO-DL-1")
                        .correo(correo).nombre("Ana Núñez").fechaLimite(LocalDate.of(2026, 12, 12)).diasHabilesRestantes(2)
                        .build(),
                        "Tu solicitud FOLIO-DL-1 vence el 12 de diciembre",
                        List.of("FOLIO-DL-1", "2 días hábiles", "12 de diciembre de 2026")),
                Arguments.of((EventFor) correo -> expired("FOLIO-EXP-1", correo),
                        "Tu solicitud FOLIO-EXP-1 se canceló por vencimiento",
                        List.of("FOLIO-EXP-1", "automáticamente", "solicitud nueva")),
                Arguments.of((EventFor) correo -> EventPayloads.requestRejected().folio("FOLIO-REJ-1").correo(correo)
                        .nombre("Ana Núñez").motivo("DOCUMENTACION_INCOMPLETA", "No se presentó la documentación completa")
                        .subdelegacion("0901").fechaRechazo(ISSUED).build(),
                        "Tu solicitud FOLIO-REJ-1 fue rechazada",
                        List.of("FOLIO-REJ-1", "No se presentó la documentación completa", "1 de diciembre de 2026")),
                Arguments.of((EventFor) correo -> EventPayloads.certificateIssued().folio("FOLIO-ISS-1")
                        .serial("100000000000123").npie("NPIE0000123").correo(correo).nombre("Señales del Norte")
                        .rfc("ABC010101AB1").usuario("senales").validity(ISSUED, UNTIL)
                        .urlInstalacion("https://idse.example.mx/imss/instalaRenovacion.idse?SERIAL_NOM=100000000000123")
                        .build(),
                        "Tu certificado 100000000000123 está listo para instalar",
                        List.of("NPIE0000123", "100000000000123", "1 de diciembre de 2028",
                                "instalaRenovacion.idse?SERIAL_NOM=100000000000123", ".pfx", ".key")),
                Arguments.of((EventFor) correo -> EventPayloads.certificateIssuanceFailed().folio("FOLIO-FAIL-1")
                        .correo(correo).motivo("LLAVE_DEBIL", "La llave RSA es de 1024 bits; se requieren 2048 o más")
                        .build(),
                        "No pudimos emitir el certificado de tu solicitud FOLIO-FAIL-1",
                        List.of("FOLIO-FAIL-1", "1024 bits", "solicitud nueva")),
                Arguments.of((EventFor) correo -> EventPayloads.certificateCancelled().serial("100000000000456")
                        .folio("FOLIO-CAN-1").npie("NPIE0000456").correo(correo).motivo("OLVIDO_CONTRASENA")
                        .fechaCancelacion(ISSUED).build(),
                        "Tu certificado 100000000000456 fue cancelado",
                        List.of("100000000000456", "1 de diciembre de 2026", "olvido de la contraseña", "certificado nuevo")),
                Arguments.of((EventFor) correo -> EventPayloads.certificateExpiring().serial("100000000000789")
                        .npie("NPIE0000789").correo(correo).validoHasta(UNTIL).build(),
                        "Tu certificado 100000000000789 vence el 1 de diciembre de 2028",
                        List.of("100000000000789", "1 de diciembre de 2028", "renuévalo")));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("everyEventType")
    void eachEventBecomesOneSpanishEmailWithBothParts(EventFor event, String subject, List<String> facts)
            throws Exception {
        String correo = uniqueAddress();
        Record payload = event.with(correo);
        CloudEvent published = TestEvents.publish(payload, "key-" + correo);

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
        assertTrue(messageId.contains(published.id().toString()), "Message-ID from the event id: " + messageId);
    }

    @Test
    void anAdditionalCertificateAlsoTellsThePrincipal() {
        String holder = uniqueAddress();
        String principal = uniqueAddress();
        TestEvents.publish(EventPayloads.certificateIssued().folio("FOLIO-ADI-1").serial("100000000000999")
                .npie("NPIE0000999").correo(holder).nombre("Luis Pérez").rfc("PEPL800101AB1").usuario("lperez")
                .validity(ISSUED, UNTIL).adicionalOf("100000000000123", principal).build(), "100000000000999");

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
        TestEvents.publish(EventPayloads.requestSubmitted().folio("FOLIO-ADI-3").patron(SENALES).correo(holder)
                .fechaSolicitud(ISSUED).adicionalOf("NPIE0000999", "100000000000123", principal).build(), "FOLIO-ADI-3");

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
        TestEvents.publish(EventPayloads.certificateCancelled().serial("100000000000998").folio("FOLIO-ADI-2")
                .npie("NPIE0000999").correo(holder).motivo("PERDIDA_O_ROBO").fechaCancelacion(ISSUED)
                .adicionalOf("100000000000123", principal).build(), "100000000000998");

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
        CloudEvent approaching = TestEvents.envelope(EventPayloads.requestDeadlineApproaching().folio(key).correo(correo)
                .nombre("Ana").fechaLimite(LocalDate.of(2026, 12, 12)).build(), key);
        TestEvents.publish(approaching);
        TestEvents.publish(approaching);
        // Same key, same partition: once this later event's email is in, the redelivery was handled.
        TestEvents.publish(expired(key, correo), key);

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
        TestEvents.publish(expired(key, correo), key);

        List<ConsumerRecord<String, String>> deadLetters = KafkaTopics.awaitRecords(Topics.DEAD_LETTERS,
                record -> key.equals(record.key()), 1, MAIL_TIMEOUT);
        assertEquals(1, deadLetters.size());
        assertEquals("esto no es un evento", deadLetters.get(0).value());
        assertEquals(1, Infrastructure.smtp().awaitMessagesFor(correo, 1, MAIL_TIMEOUT).size());
    }

    /** A request whose deadline of 12 December 2026 passed. */
    private static RequestExpired expired(String folio, String correo) {
        return EventPayloads.requestExpired().folio(folio).correo(correo).nombre("Ana Núñez")
                .fechaLimite(LocalDate.of(2026, 12, 12)).fechaVencimiento(Instant.parse("2026-12-13T06:00:00Z")).build();
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
