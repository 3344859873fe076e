package mx.idse.request.intake;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.exception.ConstraintViolationException;

import com.fasterxml.jackson.core.JsonProcessingException;

import io.quarkus.narayana.jta.QuarkusTransaction;
import mx.idse.events.EventJson;
import mx.idse.events.outbox.Outbox;
import mx.idse.events.payload.RequestSubmitted;
import mx.idse.pki.credentials.CryptoWorkGate;
import mx.idse.pki.credentials.PasswordHasher;
import mx.idse.platform.problem.ApiProblem;
import mx.idse.platform.problem.ProblemCode;
import mx.idse.platform.time.MexicoCity;
import mx.idse.request.deadline.Deadline;
import mx.idse.request.deadline.DeadlineService;
import mx.idse.identifiers.Folio;
import mx.idse.request.submission.TitularCrypto;
import mx.idse.request.solicitud.Advertencia;
import mx.idse.request.solicitud.EstadoSolicitud;
import mx.idse.request.solicitud.SolicitudMetrics;
import mx.idse.request.solicitud.SolicitudAuditEntity;
import mx.idse.request.solicitud.SolicitudEntity;
import mx.idse.request.solicitud.SolicitudEvents;
import mx.idse.events.payload.TipoSolicitud;

/** Takes a new principal request from validated input to a stored PENDIENTE request and its event. */
@ApplicationScoped
public class IntakeService {

    private static final String USUARIO_IN_USE_DETAIL =
            "El usuario ya está en uso por otra solicitud o certificado vigente; elija otro.";

    private final SolicitudValidator validator;
    private final PasswordHasher hasher;
    private final TitularCrypto holderCrypto;
    private final CryptoWorkGate gate;
    private final DeadlineService deadlines;
    private final Outbox outbox;
    private final SolicitudMetrics metrics;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    IntakeService(SolicitudValidator validator, PasswordHasher hasher, TitularCrypto holderCrypto, CryptoWorkGate gate,
            DeadlineService deadlines, Outbox outbox, SolicitudMetrics metrics, Clock clock) {
        this.validator = validator;
        this.hasher = hasher;
        this.holderCrypto = holderCrypto;
        this.gate = gate;
        this.deadlines = deadlines;
        this.outbox = outbox;
        this.metrics = metrics;
        this.clock = clock;
    }

    /** The outcome of a submission: the answer, and whether it replays an earlier one. */
    public record Submission(NuevaSolicitudResponse response, boolean replayed) {
    }

    public Submission submit(SolicitudBody body, String idempotencyKey) {
        // 1. Validate every field; all errors at once.
        SolicitudValidada request = validator.validate(body);
        String fingerprint = fingerprint(body);
        // 2. A retried POST with a known Idempotency-Key gets the folio it created.
        if (idempotencyKey != null) {
            Optional<IdempotencyKeyEntity> known = QuarkusTransaction.requiringNew()
                    .call(() -> IdempotencyKeyEntity.findByKey(idempotencyKey));
            if (known.isPresent()) {
                return replay(known.get(), fingerprint, request.contrasena());
            }
        }
        // 3. Cheap check before the expensive work; the unique index settles races below.
        if (QuarkusTransaction.requiringNew().call(() -> SolicitudEntity.usuarioIsHeld(request.usuario()))) {
            return replayOrUsuarioInUse(idempotencyKey, fingerprint, request.contrasena());
        }
        // 4. Hash the password and, without a CSR, generate the key pair: bounded, outside any transaction.
        Instant now = clock.instant();
        TitularCrypto.Prepared crypto = holderCrypto.prepare(request.contrasena(), request.csr(),
                request.generatedCsrSubject());
        // 5. Store the request, the idempotency key and the event in one transaction.
        Deadline deadline = deadlines.forSubmission(now);
        SolicitudEntity solicitud = newEntity(request, crypto, now, deadline);
        try {
            QuarkusTransaction.requiringNew().run(() -> store(solicitud, idempotencyKey, fingerprint, now));
        } catch (RuntimeException e) {
            String constraint = violatedConstraint(e).orElseThrow(() -> e);
            if (constraint.contains("usuario")) {
                return replayOrUsuarioInUse(idempotencyKey, fingerprint, request.contrasena());
            }
            if (constraint.contains("idempotency")) {
                IdempotencyKeyEntity winner = QuarkusTransaction.requiringNew()
                        .call(() -> IdempotencyKeyEntity.findByKey(idempotencyKey)).orElseThrow(() -> e);
                return replay(winner, fingerprint, request.contrasena());
            }
            throw e;
        }
        metrics.reached(EstadoSolicitud.PENDIENTE);
        return new Submission(response(solicitud, crypto.encryptedPrivateKeyPem()), false);
    }

    /**
     * The usuario is held. If this POST carries an Idempotency-Key, the holder may be a concurrent
     * retry of the same request that committed first: PostgreSQL made our insert wait for its
     * commit, and its key row commits with the request, so looking the key up again finds it.
     */
    private Submission replayOrUsuarioInUse(String idempotencyKey, String fingerprint, String contrasena) {
        if (idempotencyKey != null) {
            Optional<IdempotencyKeyEntity> winner = QuarkusTransaction.requiringNew()
                    .call(() -> IdempotencyKeyEntity.findByKey(idempotencyKey));
            if (winner.isPresent()) {
                return replay(winner.get(), fingerprint, contrasena);
            }
        }
        throw new ApiProblem(ProblemCode.USUARIO_EN_USO, USUARIO_IN_USE_DETAIL);
    }

    private SolicitudEntity newEntity(SolicitudValidada request, TitularCrypto.Prepared crypto, Instant now, Deadline deadline) {
        SolicitudEntity s = new SolicitudEntity();
        s.folio = Folio.generate(random);
        s.tipo = TipoSolicitud.PRINCIPAL;
        s.estado = EstadoSolicitud.PENDIENTE;
        s.tipoPersona = request.patron().tipoPersona();
        s.rfc = request.patron().rfc();
        s.nombre = request.patron().nombre();
        s.registroPatronal = request.patron().registroPatronal();
        s.patronCurp = request.patron().curp();
        if (request.representanteLegal() != null) {
            s.representanteNombre = request.representanteLegal().nombre();
            s.representanteCurp = request.representanteLegal().curp();
        }
        s.calle = request.domicilioFiscal().calle();
        s.numeroExterior = request.domicilioFiscal().numeroExterior();
        s.numeroInterior = request.domicilioFiscal().numeroInterior();
        s.colonia = request.domicilioFiscal().colonia();
        s.codigoPostal = request.domicilioFiscal().codigoPostal();
        s.municipio = request.domicilioFiscal().municipio();
        s.entidadFederativa = request.domicilioFiscal().entidadFederativa();
        s.correo = request.correo();
        s.usuario = request.usuario();
        s.passwordHash = crypto.passwordHash();
        s.csr = crypto.csrPem();
        s.keyGenerated = crypto.generated() != null;
        s.submittedAt = now;
        s.fechaLimite = deadline.fechaLimite();
        s.expiresAt = deadline.expiresAt();
        s.deadlineNoticeAt = deadline.noticeAt();
        s.advertencias = new ArrayList<>(request.advertencias());
        s.usuarioHeld = true;
        return s;
    }

    private void store(SolicitudEntity solicitud, String idempotencyKey, String fingerprint, Instant now) {
        solicitud.persist();
        if (idempotencyKey != null) {
            IdempotencyKeyEntity key = new IdempotencyKeyEntity();
            key.key = idempotencyKey;
            key.bodyFingerprint = fingerprint;
            key.folio = solicitud.folio;
            key.createdAt = now;
            key.persist();
        }
        SolicitudAuditEntity.record(solicitud, SolicitudAuditEntity.APPLICANT, "Solicitud recibida", now);
        for (Advertencia advertencia : solicitud.advertencias) {
            SolicitudAuditEntity.record(solicitud, SolicitudAuditEntity.SYSTEM, "Advertencia " + advertencia.codigo()
                    + " en " + advertencia.campo() + ": confirmar en ventanilla antes de concluir", now);
        }
        SolicitudEntity.flush();
        outbox.record(new RequestSubmitted(solicitud.folio, solicitud.tipo,
                SolicitudEvents.patron(solicitud), solicitud.correo, solicitud.submittedAt, solicitud.fechaLimite,
                solicitud.documentosRequeridos().stream().map(Enum::name).toList(), null, null, null),
                solicitud.folio);
    }

    /** Same key and same body (password checked against the stored hash): the same folio, no key. */
    private Submission replay(IdempotencyKeyEntity known, String fingerprint, String contrasena) {
        SolicitudEntity original = QuarkusTransaction.requiringNew()
                .call(() -> SolicitudEntity.findByFolio(known.folio).orElseThrow());
        boolean sameBody = MessageDigest.isEqual(known.bodyFingerprint.getBytes(StandardCharsets.US_ASCII),
                fingerprint.getBytes(StandardCharsets.US_ASCII));
        boolean samePassword = gate.runCredentialCheck(() -> hasher.verify(original.passwordHash, contrasena.toCharArray()));
        if (!sameBody || !samePassword) {
            throw new ApiProblem(ProblemCode.IDEMPOTENCY_KEY_REUTILIZADA,
                    "La clave Idempotency-Key ya se usó con otros datos; use una clave nueva para una solicitud nueva.");
        }
        return new Submission(response(original, null), true);
    }

    static NuevaSolicitudResponse response(SolicitudEntity s, String privateKeyPem) {
        return new NuevaSolicitudResponse(s.folio, s.tipo, s.estado, MexicoCity.format(s.submittedAt),
                s.fechaLimite.toString(), s.documentosRequeridos().stream().map(Enum::name).toList(),
                List.copyOf(s.advertencias), privateKeyPem);
    }

    /** SHA-256 of the body's canonical JSON without the password (a fast hash of it would leak it). */
    private static String fingerprint(SolicitudBody body) {
        try {
            byte[] json = EventJson.mapper().writeValueAsBytes(body.withoutPassword());
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("Cannot fingerprint request body", e);
        }
    }

    private static Optional<String> violatedConstraint(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConstraintViolationException violation && violation.getConstraintName() != null) {
                return Optional.of(violation.getConstraintName());
            }
        }
        return Optional.empty();
    }
}
