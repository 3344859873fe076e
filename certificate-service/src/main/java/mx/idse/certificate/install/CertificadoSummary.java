package mx.idse.certificate.install;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

import mx.idse.certificate.certificado.CertificadoEntity;
import mx.idse.certificate.certificado.EstadoCertificado;
import mx.idse.events.payload.TipoCertificado;
import mx.idse.platform.time.MexicoCity;

/**
 * One line of the recovery search: what a holder needs to pick the certificate to install, and
 * nothing personal (no name, RFC, CURP, correo or usuario).
 *
 * @param principalSerie for an ADICIONAL, the serial of the principal it hangs from; omitted for a principal
 * @param vencido        derived from {@code validoHasta} at the time of the answer
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CertificadoSummary(String numeroSerie, TipoCertificado tipo, String principalSerie, EstadoCertificado estado,
                                 boolean vencido, String validoDesde, String validoHasta) {

    static CertificadoSummary of(CertificadoEntity certificate, Instant now) {
        return new CertificadoSummary(certificate.numeroSerie, certificate.tipo, certificate.principalSerie, certificate.estado,
                certificate.expiredAt(now), MexicoCity.format(certificate.notBefore), MexicoCity.format(certificate.notAfter));
    }
}
