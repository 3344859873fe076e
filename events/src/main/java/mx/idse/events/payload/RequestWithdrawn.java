package mx.idse.events.payload;

import java.time.Instant;

/** The applicant withdrew a PENDIENTE request; its usuario is free again. */
public record RequestWithdrawn(
        String folio,
        TipoSolicitud tipo,
        String correo,
        String nombre,
        Instant fechaRetiro) {
}
