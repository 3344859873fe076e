package mx.idse.request.solicitud;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import mx.idse.events.payload.TipoPersona;
import org.junit.jupiter.api.Test;


class SolicitudLifecycleTest {

    private static final Instant NOW = Instant.parse("2026-12-01T18:00:00Z");

    private static SolicitudEntity pending() {
        SolicitudEntity solicitud = new SolicitudEntity();
        solicitud.folio = "F";
        solicitud.estado = EstadoSolicitud.PENDIENTE;
        solicitud.tipoPersona = TipoPersona.MORAL;
        solicitud.usuarioHeld = true;
        solicitud.expiresAt = NOW.plusSeconds(3600);
        return solicitud;
    }

    @Test
    void concludedThenIssuedKeepsTheUsuarioHeld() {
        SolicitudEntity solicitud = pending();
        solicitud.conclude(NOW, "ana.lopez", "Centro", solicitud.documentosRequeridos());
        solicitud.certificateIssued("123456789012345", "NPIE", NOW, NOW.plusSeconds(86_400));

        assertEquals(EstadoSolicitud.ATENDIDA, solicitud.estado);
        assertTrue(solicitud.usuarioHeld);
    }

    @Test
    void everyEndStateThatIsNotACertificateFreesTheUsuario() {
        SolicitudEntity rejected = pending();
        rejected.reject(NOW, "op", "Centro", MotivoRechazo.DATOS_NO_COINCIDEN);
        SolicitudEntity expired = pending();
        expired.expire(NOW);
        SolicitudEntity withdrawn = pending();
        withdrawn.withdraw(NOW);
        SolicitudEntity failed = pending();
        failed.conclude(NOW, "op", "Centro", List.of());
        failed.issuanceFailed("Llave débil");

        for (SolicitudEntity solicitud : List.of(rejected, expired, withdrawn, failed)) {
            assertFalse(solicitud.usuarioHeld, solicitud.estado.name());
        }
    }

    @Test
    void statesOnlyMoveForward() {
        SolicitudEntity expired = pending();
        expired.expire(NOW);

        assertThrows(SolicitudEntity.IllegalStateTransition.class,
                () -> expired.conclude(NOW, "op", "Centro", List.of()));
        assertThrows(SolicitudEntity.IllegalStateTransition.class, () -> expired.withdraw(NOW));
        assertThrows(SolicitudEntity.IllegalStateTransition.class,
                () -> pending().certificateIssued("1", "N", NOW, NOW), "no certificate before conclusion");
    }

    @Test
    void aCancelledCertificateFreesTheUsuarioAndKeepsTheFirstCancellationDate() {
        SolicitudEntity solicitud = pending();
        solicitud.conclude(NOW, "op", "Centro", List.of());
        solicitud.certificateIssued("123456789012345", "NPIE", NOW, NOW.plusSeconds(86_400));

        solicitud.certificateCancelled("123456789012345", NOW.plusSeconds(10));
        solicitud.certificateCancelled("123456789012345", NOW.plusSeconds(20));

        assertFalse(solicitud.usuarioHeld);
        assertEquals(NOW.plusSeconds(10), solicitud.certificateCancelledAt);
    }

    @Test
    void aPersonaMoralMustShowThePowerOfAttorneyAndAFisicaNeedNot() {
        assertTrue(DocumentoRequerido.requiredFor(TipoPersona.MORAL).contains(DocumentoRequerido.PODER_NOTARIAL));
        assertFalse(DocumentoRequerido.requiredFor(TipoPersona.FISICA).contains(DocumentoRequerido.PODER_NOTARIAL));
        assertEquals(3, DocumentoRequerido.requiredFor(TipoPersona.FISICA).size());
    }
}
