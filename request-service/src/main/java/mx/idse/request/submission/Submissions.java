package mx.idse.request.submission;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;

import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.hibernate.exception.ConstraintViolationException;

import com.fasterxml.jackson.core.JsonProcessingException;

import io.quarkus.narayana.jta.QuarkusTransaction;
import mx.idse.events.EventJson;
import mx.idse.events.payload.TipoSolicitud;
import mx.idse.pki.credentials.CryptoWorkGate;
import mx.idse.pki.credentials.PasswordHasher;
import mx.idse.pki.subject.CertificateSubject;
import mx.idse.platform.problem.ApiProblem;
import mx.idse.platform.problem.ProblemCode;
import mx.idse.request.solicitud.SolicitudEntity;
import mx.idse.request.solicitud.SolicitudMetrics;

/**
 * The one path of a new request, principal (intake) or additional (adicional), once its fields are
 * valid: replay a known Idempotency-Key, check the usuario is free, hash and make keys outside any
 * transaction, store the request with its key in one transaction, and turn the unique indexes'
 * verdict on a race (usuario, key) into a 409 or a replay. What differs is the {@link Flow}.
 */
@ApplicationScoped
public class Submissions {

    private static final String USUARIO_EN_USO =
            "El usuario ya está en uso por otra solicitud o certificado vigente; elija otro.";

    private final TitularCrypto holderCrypto;
    private final PasswordHasher hasher;
    private final CryptoWorkGate gate;
    private final SolicitudMetrics metrics;
    private final Clock clock;

    Submissions(TitularCrypto holderCrypto, PasswordHasher hasher, CryptoWorkGate gate, SolicitudMetrics metrics,
            Clock clock) {
        this.holderCrypto = holderCrypto;
        this.hasher = hasher;
        this.gate = gate;
        this.metrics = metrics;
        this.clock = clock;
    }

    /**
     * A validated new request.
     *
     * @param fingerprint    {@link #fingerprint} of the body without the password
     * @param idempotencyKey null when the client sent none
     * @param csr            null when the service generates the key pair
     */
    public record Nueva(TipoSolicitud tipo, String usuario, String contrasena, PKCS10CertificationRequest csr,
            String idempotencyKey, String fingerprint) {

        @Override
        public String toString() {
            return "Nueva[tipo=" + tipo + ", usuario=" + usuario + "]";
        }
    }

    /** What a flow adds to the shared steps. */
    public interface Flow {

        /** Step 2: the flow's own checks before the expensive work (own transaction); the subject of a generated CSR. */
        CertificateSubject check(Instant now);

        /** Step 4: the new request, persisted with its audit and its events, in the caller's transaction. */
        SolicitudEntity store(SolicitudEntity.Cuenta cuenta, Instant now);
    }

    /**
     * The stored request and, once, the generated private key; or the earlier request a replay
     * returns (no key).
     */
    public record Outcome(SolicitudEntity solicitud, String privateKeyPem, boolean replayed) {

        /** 201 with the request's Location, never cached; a replay says so in {@code Idempotent-Replayed}. */
        public Response created(Object body) {
            Response.ResponseBuilder response = Response.created(URI.create("/api/v1/solicitudes/" + solicitud.folio))
                    .entity(body)
                    .header("Cache-Control", "no-store");
            if (replayed) {
                response.header("Idempotent-Replayed", "true");
            }
            return response.build();
        }

        @Override
        public String toString() {
            return "Outcome[folio=" + solicitud.folio + ", replayed=" + replayed + "]";
        }
    }

    public Outcome submit(Nueva nueva, Flow flow) {
        // 1. A retried POST with a known Idempotency-Key gets the folio it created.
        Optional<IdempotencyKeyEntity> known = knownKey(nueva);
        if (known.isPresent()) {
            return replay(known.get(), nueva);
        }
        // 2. Cheap checks before the expensive work; the unique indexes settle races in step 4.
        Instant now = clock.instant();
        CertificateSubject generatedSubject = QuarkusTransaction.requiringNew().call(() -> flow.check(now));
        if (QuarkusTransaction.requiringNew().call(() -> SolicitudEntity.usuarioIsHeld(nueva.usuario()))) {
            return replayOrUsuarioInUse(nueva);
        }
        // 3. Hash the password and, without a CSR, generate the key pair: bounded, outside any transaction.
        TitularCrypto.Prepared crypto = holderCrypto.prepare(nueva.contrasena(), nueva.csr(), generatedSubject);
        // 4. Store the request, its Idempotency-Key and its events in one transaction.
        SolicitudEntity stored;
        try {
            stored = QuarkusTransaction.requiringNew().call(() -> {
                SolicitudEntity solicitud = flow.store(crypto.cuenta(nueva.usuario()), now);
                remember(nueva, solicitud.folio, now);
                return solicitud;
            });
        } catch (RuntimeException e) {
            String constraint = violatedConstraint(e).orElseThrow(() -> e);
            if (constraint.contains("usuario")) {
                return replayOrUsuarioInUse(nueva);
            }
            if (constraint.contains("idempotency")) {
                return replay(knownKey(nueva).orElseThrow(() -> e), nueva);
            }
            throw e;
        }
        metrics.reached(stored.estado);
        return new Outcome(stored, crypto.encryptedPrivateKeyPem(), false);
    }

    /**
     * SHA-256 of what identifies a submission: {@code context} (what the body does not say, e.g.
     * the principal's serial) and the body's canonical JSON without the password (a fast hash of
     * the password would leak it).
     */
    public static String fingerprint(String context, Object bodyWithoutPassword) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(context.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha256.digest(EventJson.mapper().writeValueAsBytes(bodyWithoutPassword)));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("Cannot fingerprint the request body", e);
        }
    }

    private static Optional<IdempotencyKeyEntity> knownKey(Nueva nueva) {
        return nueva.idempotencyKey() == null ? Optional.empty()
                : QuarkusTransaction.requiringNew().call(() -> IdempotencyKeyEntity.findByKey(nueva.idempotencyKey()));
    }

    private static void remember(Nueva nueva, String folio, Instant now) {
        if (nueva.idempotencyKey() != null) {
            IdempotencyKeyEntity key = new IdempotencyKeyEntity();
            key.key = nueva.idempotencyKey();
            key.bodyFingerprint = nueva.fingerprint();
            key.folio = folio;
            key.createdAt = now;
            key.persist();
            // Inside the transaction's call, so a clash on the key is seen below, not at commit.
            IdempotencyKeyEntity.flush();
        }
    }

    /**
     * The usuario is held. If this POST carries an Idempotency-Key, the holder may be a concurrent
     * retry of the same request that committed first: PostgreSQL made our insert wait for its
     * commit, and its key row commits with the request, so looking the key up again finds it.
     */
    private Outcome replayOrUsuarioInUse(Nueva nueva) {
        Optional<IdempotencyKeyEntity> winner = knownKey(nueva);
        if (winner.isPresent()) {
            return replay(winner.get(), nueva);
        }
        throw new ApiProblem(ProblemCode.USUARIO_EN_USO, USUARIO_EN_USO);
    }

    /** Same key, same kind of request, same body and same password (checked against its hash): the same folio, no key. */
    private Outcome replay(IdempotencyKeyEntity known, Nueva nueva) {
        SolicitudEntity original = QuarkusTransaction.requiringNew()
                .call(() -> SolicitudEntity.findByFolio(known.folio).orElseThrow());
        boolean sameBody = original.tipo == nueva.tipo() && MessageDigest.isEqual(
                known.bodyFingerprint.getBytes(StandardCharsets.US_ASCII), nueva.fingerprint().getBytes(StandardCharsets.US_ASCII));
        boolean samePassword = gate.runCredentialCheck(
                () -> hasher.verify(original.passwordHash, nueva.contrasena().toCharArray()));
        if (!sameBody || !samePassword) {
            throw new ApiProblem(ProblemCode.IDEMPOTENCY_KEY_REUTILIZADA,
                    "La clave Idempotency-Key ya se usó con otros datos; use una clave nueva para una solicitud nueva.");
        }
        return new Outcome(original, null, true);
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
