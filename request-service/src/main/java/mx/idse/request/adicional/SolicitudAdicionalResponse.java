package mx.idse.request.adicional;

import com.fasterxml.jackson.annotation.JsonInclude;

import mx.idse.request.solicitud.EstadoSolicitud;
import mx.idse.request.solicitud.SolicitudEntity;
import mx.idse.events.payload.TipoSolicitud;

/**
 * Answer to an additional request.
 *
 * @param llavePrivada the generated private key as encrypted PKCS#8 PEM under the additional
 *                     holder's password; present once, only when no CSR was sent; never stored
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SolicitudAdicionalResponse(String folio, TipoSolicitud tipo, EstadoSolicitud estado, String numeroSeriePrincipal,
        String npie, String llavePrivada) {

    static SolicitudAdicionalResponse of(SolicitudEntity s, String privateKeyPem) {
        return new SolicitudAdicionalResponse(s.folio, s.tipo, s.estado, s.principalSerie, s.npie, privateKeyPem);
    }

    @Override
    public String toString() {
        return "SolicitudAdicionalResponse[folio=" + folio + "]";
    }
}
