package mx.idse.pki.credentials;

/**
 * A credential target is locked by the {@link CredentialThrottle}: the check did not run and the
 * attempt was not counted. {@code platform} answers it as 429 {@code DEMASIADOS_INTENTOS} with
 * Retry-After {@link #retryAfterSeconds()}.
 */
public class TooManyAttemptsException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final long retryAfterSeconds;

    public TooManyAttemptsException(long retryAfterSeconds) {
        // No stack trace: a locked target is an expected answer, often to a flood of guesses.
        super("Credential target locked for " + retryAfterSeconds + " s", null, false, false);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** Seconds until the target accepts attempts again (rounded up by the policy). */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
