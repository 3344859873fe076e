package mx.idse.request.intake;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import mx.idse.events.outbox.Outbox;
import mx.idse.events.payload.RequestSubmitted;
import mx.idse.events.payload.TipoSolicitud;
import mx.idse.pki.subject.CertificateSubject;
import mx.idse.request.deadline.DeadlineService;
import mx.idse.request.solicitud.Advertencia;
import mx.idse.request.solicitud.SolicitudAuditEntity;
import mx.idse.request.solicitud.SolicitudEntity;
import mx.idse.request.solicitud.SolicitudEvents;
import mx.idse.request.submission.Submissions;
import mx.idse.request.submission.TitularCrypto;

/**
 * Takes a new principal request from its body to a stored PENDIENTE request and its event; and
 * checks a body, whole or partial, without creating anything (the validation route).
 */
@ApplicationScoped
public class IntakeService {

    private final SolicitudValidator validator;
    private final Submissions submissions;
    private final TitularCrypto holderCrypto;
    private final DeadlineService deadlines;
    private final Outbox outbox;

    IntakeService(SolicitudValidator validator, Submissions submissions, TitularCrypto holderCrypto,
            DeadlineService deadlines, Outbox outbox) {
        this.validator = validator;
        this.submissions = submissions;
        this.holderCrypto = holderCrypto;
        this.deadlines = deadlines;
        this.outbox = outbox;
    }

    /**
     * The validation route: intake's rules on the fields the body carries, nothing created,
     * hashed or looked up (whether a usuario is taken is never said: it would list usuarios).
     */
    public List<Advertencia> check(SolicitudBody body) {
        // 1. Every rule whose fields are present; all errors at once.
        SolicitudValidada request = validator.check(body);
        // 2. A CSR whose format and key passed: its signature too, inside the crypto gate.
        if (request.csr() != null) {
            holderCrypto.verify(request.csr());
        }
        return request.advertencias();
    }

    public Submissions.Outcome submit(SolicitudBody body, String idempotencyKey) {
        // 1. Validate every field; all errors at once.
        SolicitudValidada request = validator.validate(body);
        // 2. Replay, usuario, crypto outside the transaction, store: the path every new request takes.
        return submissions.submit(new Submissions.Nueva(TipoSolicitud.PRINCIPAL, request.usuario(), request.contrasena(),
                request.csr(), idempotencyKey, Submissions.fingerprint("", body.withoutPassword())), new Principal(request));
    }

    /** A principal request's part of the path: no checks beyond the usuario; stored PENDIENTE with RequestSubmitted. */
    private final class Principal implements Submissions.Flow {

        private final SolicitudValidada request;

        Principal(SolicitudValidada request) {
            this.request = request;
        }

        @Override
        public CertificateSubject check(Instant now) {
            return request.generatedCsrSubject();
        }

        @Override
        public SolicitudEntity store(SolicitudEntity.Cuenta cuenta, Instant now) {
            SolicitudEntity solicitud = SolicitudEntity.principal(request.patron(), request.representanteLegal(),
                    request.domicilioFiscal(), request.correo(), cuenta, request.advertencias(), now,
                    deadlines.forSubmission(now));
            solicitud.persist();
            SolicitudAuditEntity.record(solicitud, SolicitudAuditEntity.APPLICANT, "Solicitud recibida", now);
            for (Advertencia advertencia : solicitud.advertencias) {
                SolicitudAuditEntity.record(solicitud, SolicitudAuditEntity.SYSTEM, "Advertencia " + advertencia.codigo()
                        + " en " + advertencia.campo() + ": confirmar en ventanilla antes de concluir", now);
            }
            SolicitudEntity.flush();
            outbox.record(new RequestSubmitted(solicitud.folio, solicitud.tipo, SolicitudEvents.patron(solicitud),
                    solicitud.correo, solicitud.submittedAt, solicitud.fechaLimite,
                    solicitud.documentosRequeridos().stream().map(Enum::name).toList(), null, null, null), solicitud.folio);
            return solicitud;
        }
    }
}
