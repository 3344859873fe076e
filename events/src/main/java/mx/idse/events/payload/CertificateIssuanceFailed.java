package mx.idse.events.payload;

/**
 * certificate-service refused to issue (e.g. a weak key).
 *
 * @param motivo  stable code, e.g. {@code LLAVE_DEBIL}
 * @param detalle Spanish explanation for the applicant
 */
public record CertificateIssuanceFailed(
        String folio,
        TipoSolicitud tipo,
        String correo,
        String motivo,
        String detalle,
        String principalSerial) {
}
