package mx.idse.events.payload;

import java.time.Instant;

/** An active certificate is close to the end of its validity. */
public record CertificateExpiring(
        String serial,
        TipoCertificado tipo,
        String npie,
        String correo,
        Instant validoHasta) {
}
