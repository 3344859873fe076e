package mx.idse.cancellation.enlinea;

import java.util.Optional;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.narayana.jta.QuarkusTransaction;
import mx.idse.cancellation.cancelacion.Canal;
import mx.idse.cancellation.cancelacion.CancelacionOrder;
import mx.idse.cancellation.cancelacion.CancelacionService;
import mx.idse.cancellation.cancelacion.CancelacionOutcome;
import mx.idse.cancellation.cancelacion.Motivos;
import mx.idse.cancellation.certificado.CertificadoEntity;
import mx.idse.cancellation.config.CancellationServiceConfig;
import mx.idse.events.payload.MotivoCancelacion;
import mx.idse.identifiers.Usuario;
import mx.idse.pki.credentials.CredentialThrottle;
import mx.idse.pki.credentials.CryptoWorkGate;
import mx.idse.platform.credentials.TitularAutenticado;
import mx.idse.platform.credentials.CredentialCheckClient;
import mx.idse.platform.credentials.SignedChallenge;
import mx.idse.platform.problem.ApiProblem;
import mx.idse.platform.problem.ProblemCode;

/**
 * The holder cancels online: certificate-service's credential check proves who it is, then it may
 * cancel its own certificate or, as a principal, one of its own ACTIVO additional certificates.
 */
@ApplicationScoped
public class CancelacionEnLineaService {

    /** Throttle targets of this feature: {@code cancelacion:<serial>} or {@code cancelacion:usuario:<u>}. */
    static final String THROTTLE_KIND = "cancelacion:";

    private final CredentialCheckClient credentialCheck;
    private final CredentialThrottle throttle;
    private final CryptoWorkGate gate;
    private final CancelacionService cancellations;
    private final CancellationServiceConfig config;

    CancelacionEnLineaService(CredentialCheckClient credentialCheck, CredentialThrottle throttle, CryptoWorkGate gate,
                              CancelacionService cancellations, CancellationServiceConfig config) {
        this.credentialCheck = credentialCheck;
        this.throttle = throttle;
        this.gate = gate;
        this.cancellations = cancellations;
        this.config = config;
    }

    /** Mode 1: the .pfx, usuario and contraseña; {@code numeroSerie} only when a principal cancels an additional. */
    public CancelacionOutcome withPfx(byte[] pfx, String usuario, String contrasena, String motivoCode, String numeroSerie) {
        MotivoCancelacion motivo = CancelacionEnLineaValidator.withPfx(pfx, usuario, contrasena, motivoCode, numeroSerie);
        // The serial is sealed inside the .pfx under the password: the usuario is what is being tried.
        String target = THROTTLE_KIND + "usuario:" + Usuario.key(usuario);
        TitularAutenticado holder = authenticate(target, () -> credentialCheck.withPfx(pfx, usuario, contrasena));
        return cancelFor(holder, blankToNull(numeroSerie), motivo);
    }

    /** Mode 2: a challenge signed with the certificate's key, plus usuario and contraseña. */
    public CancelacionOutcome withSignedChallenge(CancelacionEnLineaBody body) {
        if (body == null) {
            throw new ApiProblem(ProblemCode.CUERPO_INVALIDO,
                    "Envíe numeroSerie, usuario, contrasena, firma y motivo (y numeroSerieACancelar si aplica).");
        }
        MotivoCancelacion motivo = CancelacionEnLineaValidator.withSignedChallenge(body);
        SignedChallenge challenge = new SignedChallenge(body.numeroSerie(), body.usuario(), body.contrasena(), body.firma());
        TitularAutenticado holder = authenticate(THROTTLE_KIND + body.numeroSerie(),
                () -> credentialCheck.withSignedChallenge(challenge));
        return cancelFor(holder, blankToNull(body.numeroSerieACancelar()), motivo);
    }

    /**
     * The credential check, counted on {@code target} (429 while locked) and bounded by the gate's
     * credential-check share. A 401 counts as a failure; certificate-service's 429 and 503 pass
     * through unchanged (and count too: the throttle counts every attempt that does not succeed).
     */
    private TitularAutenticado authenticate(String target, Supplier<TitularAutenticado> check) {
        return throttle.<TitularAutenticado>guard(target, () -> {
            try {
                return Optional.of(gate.runCredentialCheck(check));
            } catch (ApiProblem problem) {
                if (problem.code() == ProblemCode.CREDENCIALES_INVALIDAS) {
                    return Optional.empty();
                }
                throw problem;
            }
        }).orElseThrow(CredentialCheckClient::rejected);
    }

    /** Steps after the holder is known: its own record, its authority over the target, then the cancellation. */
    private CancelacionOutcome cancelFor(TitularAutenticado holder, String requestedSerial, MotivoCancelacion motivo) {
        String target = requestedSerial == null ? holder.numeroSerie() : requestedSerial;
        QuarkusTransaction.requiringNew().run(() -> requireAuthority(holder, target));
        return cancellations.cancel(CancelacionOrder.enLinea(target, motivo, holder.numeroSerie()));
    }

    private void requireAuthority(TitularAutenticado holder, String target) {
        // 1. The holder's certificate as this service knows it: cancelled here means it no longer authenticates.
        CertificadoEntity own = CertificadoEntity.find(holder.numeroSerie()).orElseThrow(() -> ApiProblem.retryAfter(
                ProblemCode.SERVICIO_NO_DISPONIBLE, "Su certificado aún no está registrado en el servicio de cancelación;"
                        + " intente de nuevo en unos minutos.", config.readModelRetryAfter().toSeconds()));
        if (own.cancelled()) {
            throw CredentialCheckClient.rejected();
        }
        if (target.equals(own.numeroSerie)) {
            return;
        }
        // 2. Another serial: only a principal, and only for an additional certificate under it.
        CertificadoEntity other = CertificadoEntity.find(target).orElseThrow(() -> CancelacionService.unknown(target));
        if (!own.principal() || !own.numeroSerie.equals(other.principalSerial)) {
            throw new ApiProblem(ProblemCode.SIN_PERMISO, "Con su certificado solo puede cancelar ese mismo certificado o,"
                    + " si es el principal, los certificados adicionales emitidos bajo él.");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
