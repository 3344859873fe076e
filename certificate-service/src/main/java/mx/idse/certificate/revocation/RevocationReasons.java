package mx.idse.certificate.revocation;

import java.util.Arrays;
import java.util.Optional;

import mx.idse.events.payload.MotivoCancelacion;

/**
 * The RFC 5280 reason code of a stored {@code motivo}, through the one table in
 * {@link MotivoCancelacion}. Tolerant by design: an unknown name (a newer producer's motivo) is
 * {@code unspecified} (0), never an error, so a revocation always applies.
 */
public final class RevocationReasons {

    public static final int UNSPECIFIED = 0;

    private RevocationReasons() {
    }

    /** The motivo named, if this build knows it. Also accepts an RFC 5280 reason name such as {@code keyCompromise}. */
    public static Optional<MotivoCancelacion> motivo(String name) {
        if (name == null) {
            return Optional.empty();
        }
        return Arrays.stream(MotivoCancelacion.values())
                .filter(m -> m.name().equals(name) || m.reasonName().equals(name))
                .findFirst();
    }

    /** RFC 5280 CRLReason code of the stored motivo; {@value #UNSPECIFIED} when unknown. */
    public static int reasonCode(String motivo) {
        return motivo(motivo).map(MotivoCancelacion::reasonCode).orElse(UNSPECIFIED);
    }
}
