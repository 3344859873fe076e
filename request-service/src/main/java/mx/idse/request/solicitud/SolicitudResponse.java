package mx.idse.request.solicitud;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import mx.idse.events.payload.TipoSolicitud;
import mx.idse.platform.time.MexicoCity;

/**
 * Status of a request as the applicant and the operator see it. Instants are ISO-8601 in Mexico
 * City time; no personal data beyond what the folio holder already knows.
 *
 * @param advertencias what the operator must confirm in person before concluding; omitted when none
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SolicitudResponse(
        String folio,
        TipoSolicitud tipo,
        EstadoSolicitud estado,
        String fechaSolicitud,
        String fechaLimite,
        List<String> documentosRequeridos,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Advertencia> advertencias,
        String fechaConclusion,
        String subdelegacion,
        String fechaRechazo,
        Motivo motivoRechazo,
        String fechaVencimiento,
        String fechaRetiro,
        String numeroSerie,
        String npie,
        String fechaEmision,
        String certificadoVigenteHasta,
        String fechaCancelacionCertificado,
        String motivoFallo) {

    /** A catalogue code with its Spanish description. */
    public record Motivo(String codigo, String descripcion) {
    }

    public static SolicitudResponse of(SolicitudEntity s) {
        return new SolicitudResponse(s.folio, s.tipo, s.estado, MexicoCity.format(s.submittedAt),
                s.fechaLimite.toString(), s.documentosRequeridos().stream().map(Enum::name).toList(),
                List.copyOf(s.advertencias), MexicoCity.format(s.concludedAt), s.subdelegacion, MexicoCity.format(s.rejectedAt),
                s.motivoRechazo == null ? null : new Motivo(s.motivoRechazo.name(), s.motivoRechazo.descripcion()),
                MexicoCity.format(s.expiredAt), MexicoCity.format(s.withdrawnAt), s.numeroSerie, s.npie,
                MexicoCity.format(s.issuedAt), MexicoCity.format(s.certificateValidUntil),
                MexicoCity.format(s.certificateCancelledAt), s.issuanceFailureReason);
    }
}
