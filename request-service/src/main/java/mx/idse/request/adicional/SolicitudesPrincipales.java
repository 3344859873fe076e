package mx.idse.request.adicional;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import mx.idse.platform.problem.ApiProblem;
import mx.idse.platform.problem.ProblemCode;
import mx.idse.request.solicitud.EstadoSolicitud;
import mx.idse.request.solicitud.SolicitudEntity;
import mx.idse.events.payload.TipoSolicitud;

/**
 * The principal's side of an additional request, from request-service's own rows only: the
 * principal request that produced the certificate (kept current by the CertificateIssued and
 * CertificateCancelled events this service follows), and the additionals already hanging from it.
 */
final class SolicitudesPrincipales {

    private SolicitudesPrincipales() {
    }

    /** The principal's request, locked when asked, if its certificate is issued, not cancelled and valid; else 409. */
    static SolicitudEntity requireActive(String principalSerie, Instant now, boolean lock) {
        var query = SolicitudEntity.<SolicitudEntity>find("numeroSerie = ?1 and tipo = ?2", principalSerie,
                TipoSolicitud.PRINCIPAL);
        Optional<SolicitudEntity> found = (lock ? query.withLock(LockModeType.PESSIMISTIC_WRITE) : query)
                .firstResultOptional();
        if (found.isEmpty() || found.get().estado != EstadoSolicitud.ATENDIDA) {
            throw new ApiProblem(ProblemCode.ESTADO_NO_PERMITE_OPERACION, "No se encontró la solicitud atendida del"
                    + " certificado principal " + principalSerie + "; si se emitió hace unos minutos, intente de nuevo"
                    + " más tarde.");
        }
        SolicitudEntity principal = found.get();
        if (principal.certificateCancelledAt != null || !principal.certificateValidUntil.isAfter(now)) {
            throw new ApiProblem(ProblemCode.ESTADO_NO_PERMITE_OPERACION,
                    "El certificado principal " + principalSerie + " está cancelado o ya no está vigente.");
        }
        return principal;
    }

    /** 409 LIMITE_ADICIONALES once the principal has {@code max} active additionals. */
    static void requireRoomForAnother(String principalSerie, int max, Instant now) {
        long active = SolicitudEntity.activeAdicionales(principalSerie, now);
        if (active >= max) {
            throw new ApiProblem(ProblemCode.LIMITE_ADICIONALES, "El certificado principal " + principalSerie
                    + " ya tiene " + active + " certificados adicionales vigentes o en emisión; el máximo es " + max
                    + ". Cancele alguno para solicitar otro.");
        }
    }
}
