package mx.idse.platform.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

/**
 * The service tokens an internal route accepts (certificate-service's credential check), compared
 * in constant time; callers send theirs in {@link #HEADER}. Several may be accepted at once so a
 * token is rotated without downtime: add the new one to the callee, move the callers, drop the old.
 */
public final class ServiceTokens {

    /** The header that carries a service token on an internal call; never logged. */
    public static final String HEADER = "X-Idse-Service-Token";

    /** Shorter tokens are refused at start: a guessable secret protects nothing. */
    public static final int MIN_LENGTH = 32;

    private final List<byte[]> accepted;

    public ServiceTokens(List<String> tokens) {
        if (tokens == null || tokens.isEmpty()) {
            throw new IllegalStateException("No service token is accepted: set idse.internal-api.accepted-tokens");
        }
        for (String token : tokens) {
            if (token == null || token.strip().length() < MIN_LENGTH) {
                throw new IllegalStateException("Every token of idse.internal-api.accepted-tokens needs at least "
                        + MIN_LENGTH + " characters");
            }
        }
        this.accepted = tokens.stream().map(t -> t.strip().getBytes(StandardCharsets.UTF_8)).toList();
    }

    /** Whether {@code presented} is one of the accepted tokens; every accepted token is compared. */
    public boolean accepts(String presented) {
        if (presented == null) {
            return false;
        }
        byte[] bytes = presented.strip().getBytes(StandardCharsets.UTF_8);
        boolean match = false;
        for (byte[] token : accepted) {
            match |= MessageDigest.isEqual(token, bytes);
        }
        return match;
    }
}
