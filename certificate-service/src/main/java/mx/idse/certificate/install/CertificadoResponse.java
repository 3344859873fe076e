package mx.idse.certificate.install;

import java.time.Instant;

import mx.idse.certificate.certificado.CertificadoEntity;
import mx.idse.certificate.certificado.EstadoCertificado;
import mx.idse.events.payload.TipoCertificado;
import mx.idse.platform.time.MexicoCity;

/**
 * A certificate's metadata for its holder and for relying parties: what the certificate itself
 * shows (titular, razón social, RFC, validity) plus its state. Never the CURP, the correo or the
 * usuario. Times in Mexico City.
 *
 * @param principal   for an additional certificate, its principal's serial; null otherwise
 * @param canceladoEl when it was cancelled; null while ACTIVO
 */
public record CertificadoResponse(String numeroSerie, String npie, TipoCertificado tipo, EstadoCertificado estado,
                                  boolean vencido, String validoDesde, String validoHasta, String titular,
                                  String razonSocial, String rfc, String emisor, String principal, String canceladoEl) {

    static CertificadoResponse of(CertificadoEntity certificate, String issuer, Instant now) {
        return new CertificadoResponse(certificate.numeroSerie, certificate.npie, certificate.tipo, certificate.estado,
                certificate.expiredAt(now), MexicoCity.format(certificate.notBefore), MexicoCity.format(certificate.notAfter),
                certificate.nombreTitular, certificate.razonSocial, certificate.rfc, issuer, certificate.principalSerie,
                MexicoCity.format(certificate.cancelledAt));
    }
}
