package mx.idse.pki.credentials;

/**
 * A share of the {@link CryptoWorkGate} stayed full for its whole wait: the work did not run.
 * The caller should come back after {@link #retryAfterSeconds()}; {@code platform} answers it as
 * 429 {@code SERVICIO_SATURADO} with that Retry-After.
 */
public class CryptoGateSaturatedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** A slot frees within milliseconds to tens of milliseconds: a couple of seconds is plenty. */
    static final long RETRY_AFTER_SECONDS = 2;

    private final String share;

    public CryptoGateSaturatedException(String share) {
        // No stack trace: a refusal is expected under load, and capturing one costs time then.
        super("Crypto gate share '" + share + "' is saturated", null, false, false);
        this.share = share;
    }

    /** Which share was full: {@code new-credentials} or {@code credential-checks}. */
    public String share() {
        return share;
    }

    public long retryAfterSeconds() {
        return RETRY_AFTER_SECONDS;
    }
}
