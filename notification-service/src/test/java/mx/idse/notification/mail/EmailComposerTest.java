package mx.idse.notification.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;

import mx.idse.events.payload.TipoCertificado;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import mx.idse.events.payload.CertificateCancelled;
import mx.idse.events.payload.Patron;
import mx.idse.events.payload.TipoPersona;
import mx.idse.events.testing.CertificateCancelledBuilder;
import mx.idse.events.testing.EventPayloads;

/** Rendering with fixed data: Spanish dates, accents intact, HTML escaped, no secrets. */
@QuarkusTest
class EmailComposerTest {

    @Inject
    EmailComposer composer;

    @Test
    void requestSubmittedSaysWhatToDoAndByWhen() {
        Email email = composer.requestSubmitted(EventPayloads.requestSubmitted().folio("F-2026-000123")
                .patron(new Patron(TipoPersona.FISICA, "PEPL800101AB1", "José Peña <Ñandú>", "A1234567890", null))
                .correo("jose@example.mx").fechaSolicitud(Instant.parse("2026-11-27T18:00:00Z"))
                .fechaLimite(LocalDate.of(2026, 12, 11))
                .documentosRequeridos("IDENTIFICACION_OFICIAL", "TARJETA_IDENTIFICACION_PATRONAL").build()).get(0);

        assertEquals("request-submitted", email.template());
        assertEquals("jose@example.mx", email.recipient());
        assertEquals("Recibimos tu solicitud F-2026-000123: acude antes del 11 de diciembre", email.subject());
        for (String part : List.of(email.text(), email.html())) {
            assertTrue(part.contains("11 de diciembre de 2026"), part);
            assertTrue(part.contains("Identificación oficial vigente"), part);
            assertTrue(part.contains("Tarjeta de identificación patronal"), part);
            assertTrue(part.contains("Subdelegación del IMSS"), part);
            assertTrue(part.contains("se cancelará automáticamente"), part);
            // Survives a UTF-8 round trip: accents and ñ are characters, not mojibake.
            assertEquals(part, new String(part.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8));
        }
        assertTrue(email.text().contains("José Peña <Ñandú>"), "plain text is not escaped");
        assertTrue(email.html().contains("José Peña &lt;Ñandú&gt;"), "HTML is escaped: " + email.html());
    }

    @Test
    void certificateIssuedFallsBackToTheConfiguredInstallLinkAndCarriesNoSecret() {
        Email email = composer.certificateIssued(EventPayloads.certificateIssued().folio("F-1").serial("100000000000123")
                .npie("NPIE01").correo("ana@example.mx").nombre("Ana").rfc("PEPL800101AB1").usuario("ana")
                .validity(Instant.parse("2026-12-01T18:00:00Z"), Instant.parse("2028-12-01T18:00:00Z")).build()).get(0);

        // The route certificate-service serves (the fallback missed /certificacion before InstallUrl).
        assertTrue(email.text().contains("http://127.0.0.1:8082/certificacion/instalaRenovacion.idse?SERIAL_NOM=100000000000123"),
                email.text());
        assertTrue(email.text().contains("del 1 de diciembre de 2026 al 1 de diciembre de 2028"), email.text());
        assertFalse(email.text().contains("BEGIN"), "no key or certificate material");
        // The .pfx recipe: its password must be the account's, or the credential check cannot open it.
        for (String part : List.of(email.text(), email.html())) {
            assertTrue(part.contains("la contraseña de tu cuenta IDSE"), part);
        }
    }

    @Test
    void anAdditionalRequestIsBeingIssuedAndNeedsNoOfficeVisit() {
        List<Email> emails = composer.requestSubmitted(EventPayloads.requestSubmitted().folio("F-ADI-7")
                .correo("luis@example.mx").fechaSolicitud(Instant.parse("2026-11-27T18:00:00Z"))
                .adicionalOf("NPIE0000123", "100000000000123", "principal@example.mx").build());

        assertEquals(2, emails.size(), "the holder and the principal");
        Email holder = emails.get(0);
        assertEquals("luis@example.mx", holder.recipient());
        assertEquals("Recibimos tu solicitud F-ADI-7: tu certificado adicional se está emitiendo", holder.subject());
        for (String part : List.of(holder.text(), holder.html())) {
            assertTrue(part.contains("se está emitiendo"), part);
            assertTrue(part.contains("NPIE0000123"), part);
            assertFalse(part.contains("Subdelegación"), "no office visit for an additional: " + part);
            assertFalse(part.contains("se cancelará automáticamente"), "no deadline for an additional: " + part);
        }
        Email principal = emails.get(1);
        assertEquals("principal@example.mx", principal.recipient());
        assertNotEquals(holder.template(), principal.template());
        assertEquals("Se solicitó un certificado adicional con tu NPIE NPIE0000123", principal.subject());
        for (String part : List.of(principal.text(), principal.html())) {
            assertTrue(part.contains("F-ADI-7"), part);
            assertTrue(part.contains("luis@example.mx"), part);
            assertTrue(part.contains("cancela tu certificado principal"), part);
        }
    }

    @Test
    void anAdditionalCertificateIssuedTellsItsHolderAndThePrincipal() {
        List<Email> emails = composer.certificateIssued(EventPayloads.certificateIssued().folio("F-ADI-7")
                .serial("100000000000999").npie("NPIE0000123").correo("luis@example.mx").nombre("Luis Pérez")
                .usuario("lperez").validity(Instant.parse("2026-12-01T18:00:00Z"), Instant.parse("2028-12-01T18:00:00Z"))
                .adicionalOf("100000000000123", "principal@example.mx").build());

        assertEquals(List.of("luis@example.mx", "principal@example.mx"), emails.stream().map(Email::recipient).toList());
        assertTrue(emails.get(0).text().contains("instalaRenovacion.idse?SERIAL_NOM=100000000000999"), emails.get(0).text());
        assertTrue(emails.get(1).text().contains("Se emitió un certificado adicional para Luis Pérez"), emails.get(1).text());
        assertFalse(emails.get(1).text().contains("SERIAL_NOM"), "the principal gets no install link");
    }

    @Test
    void aForgottenPasswordCancellationExplainsHowToRequestANewCertificate() {
        Email email = composer.certificateCancelled(cancelled("OLVIDO_CONTRASENA", TipoCertificado.PRINCIPAL, null)).get(0);

        for (String part : List.of(email.text(), email.html())) {
            assertTrue(part.contains("Motivo: olvido de la contraseña"), part);
            assertTrue(part.contains("Genera una llave privada nueva"), part);
            assertTrue(part.contains("solicitud de certificado nuevo"), part);
            assertTrue(part.contains("10 días hábiles"), part);
        }
    }

    @Test
    void anAdditionalCancelledWithItsPrincipalSaysWhy() {
        List<Email> emails = composer.certificateCancelled(
                cancelled("PRINCIPAL_CANCELADO", TipoCertificado.ADICIONAL, "principal@example.mx"));

        assertEquals(2, emails.size());
        for (String part : List.of(emails.get(0).text(), emails.get(0).html())) {
            assertTrue(part.contains("Motivo: cancelación del certificado principal"), part);
            assertTrue(part.contains("porque se canceló el certificado principal del que dependía (100000000000123)"), part);
            assertFalse(part.contains("olvidaste"), part);
        }
    }

    @Test
    void anUnknownMotivoReadsAsAGenericPhrase() {
        Email email = composer.certificateCancelled(cancelled("MOTIVO_FUTURO", TipoCertificado.PRINCIPAL, null)).get(0);

        assertTrue(email.text().contains("Motivo: cancelación registrada en el IMSS."), email.text());
        assertFalse(email.text().contains("MOTIVO_FUTURO"), email.text());
    }

    @Test
    void anExpiringCertificateSaysWhenAndHowToRenew() {
        Email email = composer.certificateExpiring(EventPayloads.certificateExpiring().serial("100000000000789")
                .npie("NPIE0000789").correo("ana@example.mx").validoHasta(Instant.parse("2028-12-02T05:00:00Z")).build())
                .get(0);

        // 05:00 UTC on the 2nd is still the 1st in Mexico City.
        assertEquals("Tu certificado 100000000000789 vence el 1 de diciembre de 2028", email.subject());
        for (String part : List.of(email.text(), email.html())) {
            assertTrue(part.contains("100000000000789"), part);
            assertTrue(part.contains("vence el"), part);
            assertTrue(part.contains("1 de diciembre de 2028"), part);
            assertTrue(part.contains("renuévalo antes de esa fecha"), part);
            assertTrue(part.contains("genera una llave nueva y registra tu solicitud"), part);
        }
    }

    private static CertificateCancelled cancelled(String motivo, TipoCertificado tipo, String principalCorreo) {
        CertificateCancelledBuilder cancelled = EventPayloads.certificateCancelled().serial("100000000000998")
                .folio("F-CAN-3").npie("NPIE0000123").correo("luis@example.mx").motivo(motivo).presencial("op1", "0901")
                .fechaCancelacion(Instant.parse("2026-12-01T18:00:00Z"));
        return (tipo == TipoCertificado.ADICIONAL ? cancelled.adicionalOf("100000000000123", principalCorreo) : cancelled)
                .build();
    }
}
