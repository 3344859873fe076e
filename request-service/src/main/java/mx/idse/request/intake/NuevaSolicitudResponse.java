package mx.idse.request.intake;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import mx.idse.events.payload.TipoSolicitud;
import mx.idse.platform.time.MexicoCity;
import mx.idse.request.solicitud.Advertencia;
import mx.idse.request.solicitud.EstadoSolicitud;
import mx.idse.request.solicitud.SolicitudEntity;

/**
 * Answer to a new request.
 *
 * @param fechaLimite  last day (yyyy-MM-dd, Mexico City) to conclude the request in person
 * @param llavePrivada the generated private key as encrypted PKCS#8 PEM under the applicant's
 *                     password; present once, only when no CSR was sent; never stored
 * @param advertencias what the operator will confirm in person (e.g. {@code RFC_DIGITO_VERIFICADOR});
 *                     omitted when none
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NuevaSolicitudResponse(
        String folio,
        TipoSolicitud tipo,
        EstadoSolicitud estado,
        String fechaSolicitud,
        String fechaLimite,
        List<String> documentosRequeridos,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Advertencia> advertencias,
        String llavePrivada) {

    static NuevaSolicitudResponse of(SolicitudEntity s, String privateKeyPem) {
        return new NuevaSolicitudResponse(s.folio, s.tipo, s.estado, MexicoCity.format(s.submittedAt),
                s.fechaLimite.toString(), s.documentosRequeridos().stream().map(Enum::name).toList(),
                List.copyOf(s.advertencias), privateKeyPem);
    }

    @Override
    public String toString() {
        return "NuevaSolicitudResponse[folio=" + folio + "]";
    }
}
