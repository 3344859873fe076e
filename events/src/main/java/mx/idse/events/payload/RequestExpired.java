package mx.idse.events.payload;

import java.time.Instant;
import java.time.LocalDate;

/** A PENDIENTE request passed its deadline without being concluded (automatic cancellation). */
public record RequestExpired(
        String folio,
        TipoSolicitud tipo,
        String correo,
        String nombre,
        LocalDate fechaLimite,
        Instant fechaVencimiento) {
}
