package mx.idse.certificate.authentication;

import mx.idse.certificate.certificado.CertificadoEntity;
import mx.idse.events.payload.TipoCertificado;

/** Who passed the credential check: enough for the calling service to act for that patrón. */
public record AuthenticationResponse(String numeroSerie, String npie, String rfc, TipoCertificado tipo) {

    static AuthenticationResponse of(CertificadoEntity certificate) {
        return new AuthenticationResponse(certificate.numeroSerie, certificate.npie, certificate.rfc, certificate.tipo);
    }
}
