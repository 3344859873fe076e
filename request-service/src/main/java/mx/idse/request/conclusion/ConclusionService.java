package mx.idse.request.conclusion;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import mx.idse.events.outbox.Outbox;
import mx.idse.events.payload.RequestConcluded;
import mx.idse.events.payload.RequestRejected;
import mx.idse.platform.problem.ApiProblem;
import mx.idse.platform.problem.FieldError;
import mx.idse.platform.problem.ProblemCode;
import mx.idse.request.solicitud.Advertencia;
import mx.idse.request.solicitud.DocumentoRequerido;
import mx.idse.request.solicitud.EstadoSolicitud;
import mx.idse.request.solicitud.MotivoRechazo;
import mx.idse.request.solicitud.SolicitudMetrics;
import mx.idse.request.solicitud.SolicitudAuditEntity;
import mx.idse.request.solicitud.SolicitudEntity;
import mx.idse.request.solicitud.SolicitudEvents;
import mx.idse.request.solicitud.SolicitudResponse;

/** The operator's in-person decision on a PENDIENTE request. */
@ApplicationScoped
public class ConclusionService {

    private final Outbox outbox;
    private final SolicitudMetrics metrics;
    private final Clock clock;

    ConclusionService(Outbox outbox, SolicitudMetrics metrics, Clock clock) {
        this.outbox = outbox;
        this.metrics = metrics;
        this.clock = clock;
    }

    /**
     * PENDIENTE -> CONCLUIDA once every required document was verified; emits RequestConcluded.
     * {@code subdelegacion} is the operator token's (see OperadorSubdelegacion).
     */
    @Transactional
    public SolicitudResponse conclude(String folio, String operador, String subdelegacion, ConclusionBody body) {
        if (body == null) {
            throw new ApiProblem(ProblemCode.CUERPO_INVALIDO, "Envíe documentosVerificados.");
        }
        List<FieldError> errors = new ArrayList<>();
        Set<DocumentoRequerido> verified = documents(body.documentosVerificados(), errors);
        if (!errors.isEmpty()) {
            throw ApiProblem.invalidFields(errors);
        }
        SolicitudEntity solicitud = pendingForDecision(folio);
        List<String> missing = solicitud.documentosRequeridos().stream()
                .filter(d -> !verified.contains(d)).map(Enum::name).toList();
        if (!missing.isEmpty()) {
            throw ApiProblem.invalidFields(List.of(new FieldError("documentosVerificados",
                    "Faltan documentos por verificar: " + String.join(", ", missing) + ".")));
        }
        Instant now = clock.instant();
        solicitud.conclude(now, operador, subdelegacion, solicitud.documentosRequeridos());
        SolicitudAuditEntity.record(solicitud, operador, "Documentos verificados en ventanilla", now);
        // Concluding is the operator's confirmation, against the documents, of what intake only warned about.
        for (Advertencia advertencia : solicitud.advertencias) {
            SolicitudAuditEntity.record(solicitud, operador, "Advertencia " + advertencia.codigo() + " en "
                    + advertencia.campo() + " confirmada en ventanilla contra los documentos", now);
        }
        outbox.record(new RequestConcluded(solicitud.folio, solicitud.tipo, solicitud.correo,
                SolicitudEvents.patron(solicitud), SolicitudEvents.representanteLegal(solicitud),
                SolicitudEvents.domicilioFiscal(solicitud), solicitud.usuario,
                solicitud.passwordHash, solicitud.csr, subdelegacion, operador, now, null, null, null),
                solicitud.folio);
        metrics.reached(EstadoSolicitud.CONCLUIDA);
        return SolicitudResponse.of(solicitud);
    }

    /**
     * PENDIENTE -> RECHAZADA with a catalogue reason; emits RequestRejected. {@code subdelegacion}
     * is the operator token's (see OperadorSubdelegacion).
     */
    @Transactional
    public SolicitudResponse reject(String folio, String operador, String subdelegacion, RejectionBody body) {
        if (body == null) {
            throw new ApiProblem(ProblemCode.CUERPO_INVALIDO, "Envíe motivo.");
        }
        List<FieldError> errors = new ArrayList<>();
        MotivoRechazo motivo = body.motivo() == null ? null : MotivoRechazo.parse(body.motivo().trim()).orElse(null);
        if (motivo == null) {
            errors.add(new FieldError("motivo",
                    "Indique un motivo del catálogo /api/v1/catalogos/motivos-rechazo."));
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.invalidFields(errors);
        }
        SolicitudEntity solicitud = pendingForDecision(folio);
        Instant now = clock.instant();
        solicitud.reject(now, operador, subdelegacion, motivo);
        SolicitudAuditEntity.record(solicitud, operador, "Rechazada: " + motivo.name(), now);
        outbox.record(new RequestRejected(solicitud.folio, solicitud.tipo, solicitud.correo, solicitud.nombre,
                motivo.name(), motivo.descripcion(), subdelegacion, now), solicitud.folio);
        metrics.reached(EstadoSolicitud.RECHAZADA);
        return SolicitudResponse.of(solicitud);
    }

    /** The request, locked, if it is still PENDIENTE and within its deadline; otherwise 404 or 409. */
    private SolicitudEntity pendingForDecision(String folio) {
        SolicitudEntity solicitud = SolicitudEntity.<SolicitudEntity>findByIdOptional(folio,
                jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ApiProblem.notFound("No existe una solicitud con el folio " + folio + "."));
        solicitud.requirePendingWithinDeadline(clock.instant(), "concluir o rechazar");
        return solicitud;
    }

    private static Set<DocumentoRequerido> documents(List<String> codes, List<FieldError> errors) {
        Set<DocumentoRequerido> verified = EnumSet.noneOf(DocumentoRequerido.class);
        if (codes == null || codes.isEmpty()) {
            errors.add(new FieldError("documentosVerificados", "Indique los documentos verificados en ventanilla."));
            return verified;
        }
        List<String> unknown = new ArrayList<>();
        for (String code : codes) {
            try {
                verified.add(DocumentoRequerido.valueOf(String.valueOf(code).trim()));
            } catch (IllegalArgumentException e) {
                unknown.add(String.valueOf(code));
            }
        }
        if (!unknown.isEmpty()) {
            errors.add(new FieldError("documentosVerificados", "Documentos desconocidos: " + String.join(", ", unknown)
                    + "; consulte /api/v1/catalogos/documentos."));
        }
        return verified;
    }
}
