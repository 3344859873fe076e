package mx.idse.request.adicional;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;

import io.quarkus.narayana.jta.QuarkusTransaction;
import mx.idse.events.EventJson;
import mx.idse.platform.credentials.TitularAutenticado;
import mx.idse.platform.problem.ApiProblem;
import mx.idse.platform.problem.ProblemCode;
import mx.idse.request.config.RequestServiceConfig;
import mx.idse.request.submission.TitularCrypto;
import mx.idse.request.intake.IdempotencyKeyEntity;
import mx.idse.request.solicitud.EstadoSolicitud;
import mx.idse.request.solicitud.SolicitudMetrics;
import mx.idse.request.solicitud.SolicitudEntity;
import mx.idse.events.payload.TipoSolicitud;
import mx.idse.pki.subject.CertificateSubject;

import java.util.HexFormat;

/**
 * An additional certificate for a principal's staff (docs/additional-certificates.md): the
 * principal proves it holds its certificate through certificate-service, and the request is
 * concluded at once, since the principal vouches for it.
 */
@ApplicationScoped
public class SolicitudAdicionalService {

    private static final String USUARIO_IN_USE_DETAIL =
            "El usuario adicional ya está en uso por otra solicitud o certificado vigente; elija otro.";

    private final TitularAdicionalValidator validator;
    private final TitularCrypto holderCrypto;
    private final SolicitudAdicionalStore store;
    private final SolicitudMetrics metrics;
    private final RequestServiceConfig config;
    private final Clock clock;

    SolicitudAdicionalService(TitularAdicionalValidator validator, TitularCrypto holderCrypto, SolicitudAdicionalStore store,
            SolicitudMetrics metrics, RequestServiceConfig config, Clock clock) {
        this.validator = validator;
        this.holderCrypto = holderCrypto;
        this.store = store;
        this.metrics = metrics;
        this.config = config;
        this.clock = clock;
    }

    /** The answer, and whether it replays an earlier one (same Idempotency-Key and data). */
    public record Submission(SolicitudAdicionalResponse response, boolean replayed) {
    }

    /** @param authenticate the principal's proof, checked by certificate-service (401, 429, 503 pass through) */
    public Submission submit(TitularAdicionalInput input, Supplier<TitularAutenticado> authenticate, String idempotencyKey) {
        // 1. Validate the new holder's fields first: a typo costs no credential attempt.
        TitularAdicionalValidado holder = validator.validate(input);
        // 2. The principal proves possession of its certificate; only a principal may ask.
        TitularAutenticado principal = authenticate.get();
        if (!principal.principal()) {
            throw new ApiProblem(ProblemCode.SIN_PERMISO,
                    "Solo el titular de un certificado principal puede solicitar certificados adicionales.");
        }
        String fingerprint = fingerprint(principal.numeroSerie(), input);
        // 3. A retried POST with a known Idempotency-Key gets the folio it created.
        if (idempotencyKey != null) {
            Optional<Submission> replay = QuarkusTransaction.requiringNew().call(() -> replay(idempotencyKey, fingerprint));
            if (replay.isPresent()) {
                return replay.get();
            }
        }
        // 4. Cheap checks before the expensive work; the store checks again under the principal's lock.
        Instant now = clock.instant();
        SolicitudEntity principalRequest = QuarkusTransaction.requiringNew().call(() -> {
            SolicitudEntity found = SolicitudesPrincipales.requireActive(principal.numeroSerie(), now, false);
            SolicitudesPrincipales.requireRoomForAnother(principal.numeroSerie(), config.maxAdditionalsPerPrincipal(), now);
            if (SolicitudEntity.usuarioIsHeld(holder.usuario())) {
                throw new ApiProblem(ProblemCode.USUARIO_EN_USO, USUARIO_IN_USE_DETAIL);
            }
            return found;
        });
        // 5. Hash the password and, without a CSR, generate the key pair: bounded, outside any transaction.
        TitularCrypto.Prepared crypto = holderCrypto.prepare(holder.contrasena(), holder.csr(),
                CertificateSubject.forGeneratedCsr(holder.nombre(), principalRequest.nombre, principalRequest.rfc, holder.curp()));
        // 6. Store the CONCLUIDA request with RequestSubmitted and RequestConcluded in one transaction.
        SolicitudEntity stored;
        try {
            stored = QuarkusTransaction.requiringNew().call(() -> store.store(principal.numeroSerie(), holder, crypto,
                    idempotencyKey, fingerprint, clock.instant()));
        } catch (RuntimeException e) {
            String constraint = SolicitudAdicionalStore.violatedConstraint(e).orElseThrow(() -> e);
            if (constraint.contains("idempotency")) {
                return QuarkusTransaction.requiringNew().call(() -> replay(idempotencyKey, fingerprint)).orElseThrow(() -> e);
            }
            if (constraint.contains("usuario")) {
                throw new ApiProblem(ProblemCode.USUARIO_EN_USO, USUARIO_IN_USE_DETAIL);
            }
            throw e;
        }
        metrics.reached(EstadoSolicitud.CONCLUIDA);
        return new Submission(response(stored, crypto.encryptedPrivateKeyPem()), false);
    }

    /** Same key and same data (the principal already authenticated again): the same folio, no key. */
    private static Optional<Submission> replay(String idempotencyKey, String fingerprint) {
        Optional<IdempotencyKeyEntity> known = IdempotencyKeyEntity.findByKey(idempotencyKey);
        if (known.isEmpty()) {
            return Optional.empty();
        }
        SolicitudEntity original = SolicitudEntity.<SolicitudEntity>findByIdOptional(known.get().folio).orElseThrow();
        if (original.tipo != TipoSolicitud.ADICIONAL || !known.get().bodyFingerprint.equals(fingerprint)) {
            throw new ApiProblem(ProblemCode.IDEMPOTENCY_KEY_REUTILIZADA,
                    "La clave Idempotency-Key ya se usó con otros datos; use una clave nueva para una solicitud nueva.");
        }
        return Optional.of(new Submission(response(original, null), true));
    }

    static SolicitudAdicionalResponse response(SolicitudEntity s, String privateKeyPem) {
        return new SolicitudAdicionalResponse(s.folio, s.tipo, s.estado, s.principalSerie, s.npie, privateKeyPem);
    }

    /** SHA-256 of the principal's serial and the holder's data without the password. */
    private static String fingerprint(String principalSerie, TitularAdicionalInput input) {
        TitularAdicionalInput withoutPassword = new TitularAdicionalInput(input.nombre(), input.curp(), input.correo(),
                input.usuarioAdicional(), null, input.csr());
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(("adicional:" + principalSerie + ":").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha256.digest(EventJson.mapper().writeValueAsBytes(withoutPassword)));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("Cannot fingerprint the additional request", e);
        }
    }
}
