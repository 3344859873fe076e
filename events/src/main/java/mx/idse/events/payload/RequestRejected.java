package mx.idse.events.payload;

import java.time.Instant;

/**
 * An operator rejected a request at the Subdelegación.
 *
 * @param motivo            stable code from the rejection catalogue
 * @param motivoDescripcion its Spanish description
 */
public record RequestRejected(
        String folio,
        TipoSolicitud tipo,
        String correo,
        String nombre,
        String motivo,
        String motivoDescripcion,
        String subdelegacion,
        Instant fechaRechazo) {
}
