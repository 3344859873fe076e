package mx.idse.events.payload;

import java.time.Instant;

/**
 * A certificate was issued for a concluded request.
 *
 * @param serial 15 decimal digits, also the X.509 serial number
 */
public record CertificateIssued(
        String folio,
        TipoSolicitud tipo,
        String serial,
        String npie,
        String correo,
        String nombre,
        String rfc,
        String usuario,
        Instant validoDesde,
        Instant validoHasta,
        String principalSerial,
        String principalCorreo) {
}
