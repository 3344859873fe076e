package mx.idse.request.adicional;

import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import mx.idse.events.outbox.Outbox;
import mx.idse.events.payload.RepresentanteLegal;
import mx.idse.events.payload.RequestConcluded;
import mx.idse.events.payload.RequestSubmitted;
import mx.idse.events.payload.TipoSolicitud;
import mx.idse.pki.subject.CertificateSubject;
import mx.idse.platform.credentials.TitularAutenticado;
import mx.idse.platform.problem.ApiProblem;
import mx.idse.platform.problem.ProblemCode;
import mx.idse.request.config.RequestServiceConfig;
import mx.idse.request.solicitud.SolicitudAuditEntity;
import mx.idse.request.solicitud.SolicitudEntity;
import mx.idse.request.solicitud.SolicitudEvents;
import mx.idse.request.submission.Submissions;

/**
 * An additional certificate for a principal's staff (docs/additional-certificates.md): the
 * principal proves it holds its certificate through certificate-service, and the request is
 * concluded at once, since the principal vouches for it.
 */
@ApplicationScoped
public class SolicitudAdicionalService {

    private final TitularAdicionalValidator validator;
    private final Submissions submissions;
    private final Outbox outbox;
    private final RequestServiceConfig config;

    SolicitudAdicionalService(TitularAdicionalValidator validator, Submissions submissions, Outbox outbox,
            RequestServiceConfig config) {
        this.validator = validator;
        this.submissions = submissions;
        this.outbox = outbox;
        this.config = config;
    }

    /** @param authenticate the principal's proof, checked by certificate-service (401, 429, 503 pass through) */
    public Submissions.Outcome submit(TitularAdicionalInput input, Supplier<TitularAutenticado> authenticate,
            String idempotencyKey) {
        // 1. Validate the new holder's fields first: a typo costs no credential attempt.
        TitularAdicionalValidado holder = validator.validate(input);
        // 2. The principal proves possession of its certificate; only a principal may ask.
        TitularAutenticado principal = authenticate.get();
        if (!principal.principal()) {
            throw new ApiProblem(ProblemCode.SIN_PERMISO,
                    "Solo el titular de un certificado principal puede solicitar certificados adicionales.");
        }
        // 3. Replay, the principal's request and limit, usuario, crypto, store: the path every new request takes.
        String fingerprint = Submissions.fingerprint("adicional:" + principal.numeroSerie() + ":", input.withoutPassword());
        return submissions.submit(new Submissions.Nueva(TipoSolicitud.ADICIONAL, holder.usuario(), holder.contrasena(),
                holder.csr(), idempotencyKey, fingerprint), new Adicional(principal.numeroSerie(), holder));
    }

    /**
     * An additional's part of the path: its principal's request must be ATENDIDA, active and below
     * the limit, checked first and again under that request's row lock (so two concurrent
     * additionals cannot both take the last place); stored CONCLUIDA with both events.
     */
    private final class Adicional implements Submissions.Flow {

        private final String principalSerie;
        private final TitularAdicionalValidado holder;

        Adicional(String principalSerie, TitularAdicionalValidado holder) {
            this.principalSerie = principalSerie;
            this.holder = holder;
        }

        @Override
        public CertificateSubject check(Instant now) {
            SolicitudEntity principal = principalRequest(now, false);
            return CertificateSubject.forGeneratedCsr(holder.nombre(), principal.nombre, principal.rfc, holder.curp());
        }

        @Override
        public SolicitudEntity store(SolicitudEntity.Cuenta cuenta, Instant now) {
            SolicitudEntity additional = SolicitudEntity.adicional(principalRequest(now, true),
                    new RepresentanteLegal(holder.nombre(), holder.curp()), holder.correo(), cuenta, now);
            additional.persist();
            SolicitudAuditEntity.record(additional, SolicitudAuditEntity.APPLICANT,
                    "Solicitud adicional del titular del certificado principal " + principalSerie, now);
            SolicitudEntity.flush();
            outbox.record(new RequestSubmitted(additional.folio, additional.tipo, SolicitudEvents.patron(additional),
                    additional.correo, now, additional.fechaLimite, List.of(), additional.npie, principalSerie,
                    additional.principalCorreo), additional.folio);
            // The holder of an additional travels as representanteLegal: its name and CURP go in the subject.
            outbox.record(new RequestConcluded(additional.folio, additional.tipo, additional.correo,
                    SolicitudEvents.patron(additional), SolicitudEvents.representanteLegal(additional),
                    SolicitudEvents.domicilioFiscal(additional), additional.usuario, additional.passwordHash,
                    additional.csr, null, null, now, additional.npie, principalSerie, additional.principalCorreo),
                    additional.folio);
            return additional;
        }

        private SolicitudEntity principalRequest(Instant now, boolean lock) {
            SolicitudEntity principal = SolicitudesPrincipales.requireActive(principalSerie, now, lock);
            SolicitudesPrincipales.requireRoomForAnother(principalSerie, config.maxAdditionalsPerPrincipal(), now);
            return principal;
        }
    }
}
