package mx.idse.events.payload;

import java.time.Instant;

/**
 * A certificate was issued for a concluded request.
 *
 * @param serial         15 decimal digits, also the X.509 serial number
 * @param urlInstalacion where the holder installs it (the legacy IMSS entry point with
 *                       {@code SERIAL_NOM=<serial>}); added after v1's first fields, absent from older events
 */
public record CertificateIssued(
        String folio,
        TipoCertificado tipo,
        String serial,
        String npie,
        String correo,
        String nombre,
        String rfc,
        String usuario,
        Instant validoDesde,
        Instant validoHasta,
        String principalSerial,
        String principalCorreo,
        String urlInstalacion) {
}
