package mx.idse.request.withdrawal;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.narayana.jta.QuarkusTransaction;
import mx.idse.events.outbox.Outbox;
import mx.idse.events.payload.RequestWithdrawn;
import mx.idse.pki.credentials.CredentialThrottle;
import mx.idse.pki.credentials.CryptoWorkGate;
import mx.idse.pki.credentials.PasswordHasher;
import mx.idse.platform.problem.ApiProblem;
import mx.idse.platform.problem.ProblemCode;
import mx.idse.request.solicitud.EstadoSolicitud;
import mx.idse.request.solicitud.SolicitudMetrics;
import mx.idse.request.solicitud.SolicitudAuditEntity;
import mx.idse.request.solicitud.SolicitudEntity;
import mx.idse.request.solicitud.SolicitudEvents;
import mx.idse.request.solicitud.SolicitudResponse;

/** PENDIENTE -> RETIRADA on the applicant's own credentials; the usuario is free again. */
@ApplicationScoped
public class WithdrawalService {

    /** Throttle targets of this feature: {@code retiro:<folio>}. */
    static final String THROTTLE_KIND = "retiro:";

    private final PasswordHasher hasher;
    private final CryptoWorkGate gate;
    private final CredentialThrottle throttle;
    private final Outbox outbox;
    private final SolicitudMetrics metrics;
    private final Clock clock;

    WithdrawalService(PasswordHasher hasher, CryptoWorkGate gate, CredentialThrottle throttle, Outbox outbox,
                      SolicitudMetrics metrics, Clock clock) {
        this.hasher = hasher;
        this.gate = gate;
        this.throttle = throttle;
        this.outbox = outbox;
        this.metrics = metrics;
        this.clock = clock;
    }

    public SolicitudResponse withdraw(String folio, WithdrawalBody body) {
        if (body == null || body.usuario() == null || body.contrasena() == null) {
            throw new ApiProblem(ProblemCode.CUERPO_INVALIDO, "Envíe usuario y contrasena.");
        }
        Optional<SolicitudEntity> found = QuarkusTransaction.requiringNew().call(() -> SolicitudEntity.findByFolio(folio));
        // A locked folio gets 429 before any hashing; every attempt counts as a failure until it succeeds.
        Optional<SolicitudEntity> matched = throttle.guard(THROTTLE_KIND + folio, () -> credentialsMatch(found, body));
        if (found.isEmpty()) {
            throw ApiProblem.notFound("No existe una solicitud con el folio " + folio + ".");
        }
        if (matched.isEmpty()) {
            throw new ApiProblem(ProblemCode.CREDENCIALES_INVALIDAS, "El usuario o la contraseña no son correctos.");
        }
        return QuarkusTransaction.requiringNew().call(() -> withdrawPending(folio));
    }

    /**
     * The request whose usuario and password match, else empty. Same work whether the folio, the
     * usuario or the password is wrong: nothing to learn from timing.
     */
    private Optional<SolicitudEntity> credentialsMatch(Optional<SolicitudEntity> found, WithdrawalBody body) {
        String hash = found.map(s -> s.passwordHash).orElseGet(hasher::dummyHash);
        boolean passwordOk = gate.runCredentialCheck(() -> hasher.verify(hash, body.contrasena().toCharArray()));
        boolean usuarioOk = found.map(s -> s.usuario.equalsIgnoreCase(body.usuario())).orElse(false);
        return passwordOk && usuarioOk ? found : Optional.empty();
    }

    private SolicitudResponse withdrawPending(String folio) {
        SolicitudEntity solicitud = SolicitudEntity.<SolicitudEntity>findByIdOptional(folio,
                LockModeType.PESSIMISTIC_WRITE).orElseThrow();
        Instant now = clock.instant();
        solicitud.requirePendingWithinDeadline(now, "retirar");
        solicitud.withdraw(now);
        SolicitudAuditEntity.record(solicitud, SolicitudAuditEntity.APPLICANT, "Retirada por el solicitante", now);
        outbox.record(new RequestWithdrawn(solicitud.folio, solicitud.tipo, solicitud.correo, solicitud.nombre, now),
                solicitud.folio);
        metrics.reached(EstadoSolicitud.RETIRADA);
        return SolicitudResponse.of(solicitud);
    }
}
