package mx.idse.request.adicional;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.hibernate.exception.ConstraintViolationException;

import mx.idse.events.outbox.Outbox;
import mx.idse.events.payload.RequestConcluded;
import mx.idse.events.payload.RequestSubmitted;
import mx.idse.platform.time.MexicoCity;
import mx.idse.request.config.RequestServiceConfig;
import mx.idse.identifiers.Folio;
import mx.idse.request.submission.TitularCrypto;
import mx.idse.request.intake.IdempotencyKeyEntity;
import mx.idse.request.solicitud.EstadoSolicitud;
import mx.idse.request.solicitud.SolicitudAuditEntity;
import mx.idse.request.solicitud.SolicitudEntity;
import mx.idse.request.solicitud.SolicitudEvents;
import mx.idse.events.payload.TipoSolicitud;

/**
 * Step 6 of an additional request: under the principal request's row lock (so two concurrent
 * additionals cannot both take the last place), check again, store the CONCLUIDA request and
 * record RequestSubmitted and RequestConcluded in the outbox, all in the caller's transaction.
 */
@ApplicationScoped
class SolicitudAdicionalStore {

    private final Outbox outbox;
    private final RequestServiceConfig config;
    private final SecureRandom random = new SecureRandom();

    SolicitudAdicionalStore(Outbox outbox, RequestServiceConfig config) {
        this.outbox = outbox;
        this.config = config;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    SolicitudEntity store(String principalSerie, TitularAdicionalValidado holder, TitularCrypto.Prepared crypto,
            String idempotencyKey, String fingerprint, Instant now) {
        SolicitudEntity principal = SolicitudesPrincipales.requireActive(principalSerie, now, true);
        SolicitudesPrincipales.requireRoomForAnother(principalSerie, config.maxAdditionalsPerPrincipal(), now);
        SolicitudEntity additional = newAdditional(principal, holder, crypto, now);
        additional.persist();
        if (idempotencyKey != null) {
            IdempotencyKeyEntity key = new IdempotencyKeyEntity();
            key.key = idempotencyKey;
            key.bodyFingerprint = fingerprint;
            key.folio = additional.folio;
            key.createdAt = now;
            key.persist();
        }
        SolicitudAuditEntity.record(additional, SolicitudAuditEntity.APPLICANT,
                "Solicitud adicional del titular del certificado principal " + principalSerie, now);
        SolicitudEntity.flush();
        outbox.record(new RequestSubmitted(additional.folio, additional.tipo,
                SolicitudEvents.patron(additional), additional.correo, now, additional.fechaLimite, List.of(),
                additional.npie, principalSerie, additional.principalCorreo), additional.folio);
        // The holder of an additional travels as representanteLegal: its name and CURP go in the subject.
        outbox.record(new RequestConcluded(additional.folio, additional.tipo, additional.correo,
                SolicitudEvents.patron(additional), SolicitudEvents.representanteLegal(additional),
                SolicitudEvents.domicilioFiscal(additional), additional.usuario, additional.passwordHash, additional.csr,
                null, null, now, additional.npie, principalSerie, additional.principalCorreo), additional.folio);
        return additional;
    }

    /** The patrón's data, address and NPIE are the principal's; the holder and its account are the new ones. */
    private SolicitudEntity newAdditional(SolicitudEntity principal, TitularAdicionalValidado holder,
            TitularCrypto.Prepared crypto, Instant now) {
        SolicitudEntity s = new SolicitudEntity();
        s.folio = Folio.generate(random);
        s.tipo = TipoSolicitud.ADICIONAL;
        s.estado = EstadoSolicitud.CONCLUIDA;
        s.tipoPersona = principal.tipoPersona;
        s.rfc = principal.rfc;
        s.nombre = principal.nombre;
        s.registroPatronal = principal.registroPatronal;
        s.patronCurp = principal.patronCurp;
        s.representanteNombre = holder.nombre();
        s.representanteCurp = holder.curp();
        s.calle = principal.calle;
        s.numeroExterior = principal.numeroExterior;
        s.numeroInterior = principal.numeroInterior;
        s.colonia = principal.colonia;
        s.codigoPostal = principal.codigoPostal;
        s.municipio = principal.municipio;
        s.entidadFederativa = principal.entidadFederativa;
        s.correo = holder.correo();
        s.usuario = holder.usuario();
        s.passwordHash = crypto.passwordHash();
        s.csr = crypto.csrPem();
        s.keyGenerated = crypto.generated() != null;
        s.advertencias = new ArrayList<>();
        // No in-person step: submitted and concluded at once, so the deadline columns are the submission itself.
        s.submittedAt = now;
        s.fechaLimite = MexicoCity.dateOf(now);
        s.expiresAt = now;
        s.deadlineNoticeAt = now;
        s.deadlineNoticeSentAt = now;
        s.concludedAt = now;
        s.principalSerie = principal.numeroSerie;
        s.principalCorreo = principal.correo;
        s.npie = principal.npie;
        s.usuarioHeld = true;
        return s;
    }

    static Optional<String> violatedConstraint(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConstraintViolationException violation && violation.getConstraintName() != null) {
                return Optional.of(violation.getConstraintName());
            }
        }
        return Optional.empty();
    }
}
