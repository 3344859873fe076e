package mx.idse.notification.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import mx.idse.events.payload.CertificateIssued;
import mx.idse.events.payload.Patron;
import mx.idse.events.payload.RequestSubmitted;
import mx.idse.events.payload.TipoPersona;
import mx.idse.events.payload.TipoSolicitud;

/** Rendering with fixed data: Spanish dates, accents intact, HTML escaped, no secrets. */
@QuarkusTest
class EmailComposerTest {

    @Inject
    EmailComposer composer;

    @Test
    void requestSubmittedSaysWhatToDoAndByWhen() {
        Email email = composer.requestSubmitted(new RequestSubmitted("F-2026-000123", TipoSolicitud.PRINCIPAL,
                new Patron(TipoPersona.FISICA, "PEPL800101AB1", "José Peña <Ñandú>", "A1234567890", null),
                "jose@example.mx", Instant.parse("2026-11-27T18:00:00Z"), LocalDate.of(2026, 12, 11),
                List.of("IDENTIFICACION_OFICIAL", "TARJETA_IDENTIFICACION_PATRONAL"), null, null, null)).get(0);

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
        Email email = composer.certificateIssued(new CertificateIssued("F-1", TipoSolicitud.PRINCIPAL, "100000000000123",
                "NPIE01", "ana@example.mx", "Ana", "PEPL800101AB1", "ana", Instant.parse("2026-12-01T18:00:00Z"),
                Instant.parse("2028-12-01T18:00:00Z"), null, null, null)).get(0);

        assertTrue(email.text().contains("http://127.0.0.1:8082/instalaRenovacion.idse?SERIAL_NOM=100000000000123"),
                email.text());
        assertTrue(email.text().contains("del 1 de diciembre de 2026 al 1 de diciembre de 2028"), email.text());
        assertFalse(email.text().contains("BEGIN"), "no key or certificate material");
    }
}
