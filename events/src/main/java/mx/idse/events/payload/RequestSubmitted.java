package mx.idse.events.payload;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A request was received. Carries no secret: no password, hash, key or CSR.
 *
 * @param fechaLimite last day (Mexico City) to conclude it in person
 * @param npie        for an additional request, the principal's NPIE; null for a principal
 */
public record RequestSubmitted(
        String folio,
        TipoSolicitud tipo,
        Patron patron,
        String correo,
        Instant fechaSolicitud,
        LocalDate fechaLimite,
        List<String> documentosRequeridos,
        String npie,
        String principalSerial,
        String principalCorreo) {
}
