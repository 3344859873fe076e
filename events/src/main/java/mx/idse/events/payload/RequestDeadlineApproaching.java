package mx.idse.events.payload;

import java.time.LocalDate;

/** A PENDIENTE request is close to its deadline; sent once per request. */
public record RequestDeadlineApproaching(
        String folio,
        TipoSolicitud tipo,
        String correo,
        String nombre,
        LocalDate fechaLimite,
        int diasHabilesRestantes) {
}
