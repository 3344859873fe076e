package mx.idse.certificate.authentication;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import mx.idse.certificate.config.CredentialCheckConfig;

/** Issues single-use login challenges and consumes them once; expired ones are purged. */
@ApplicationScoped
public class LoginChallenges {

    /** 256 random bits: never guessed, never repeated. */
    static final int CHALLENGE_BYTES = 32;

    private static final Logger LOG = Logger.getLogger(LoginChallenges.class);

    private final SecureRandom random = new SecureRandom();
    private final CredentialCheckConfig config;
    private final Clock clock;

    LoginChallenges(CredentialCheckConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    /** A new challenge and when it stops being accepted. */
    public record Issued(byte[] challenge, Instant expiresAt) {
    }

    public Issued issue() {
        byte[] challenge = new byte[CHALLENGE_BYTES];
        random.nextBytes(challenge);
        Instant now = clock.instant();
        LoginChallengeEntity entity = new LoginChallengeEntity();
        entity.challengeSha256 = sha256(challenge);
        entity.createdAt = now;
        entity.expiresAt = now.plus(config.challengeValidity());
        QuarkusTransaction.requiringNew().run(entity::persist);
        return new Issued(challenge, entity.expiresAt);
    }

    /**
     * Deletes the challenge whatever happens next (a second use finds nothing), and says whether
     * it was ours and still fresh. The row lock makes two concurrent uses see it once.
     */
    public boolean consume(byte[] challenge) {
        String key = sha256(challenge);
        Instant now = clock.instant();
        return QuarkusTransaction.requiringNew().call(() -> LoginChallengeEntity
                .<LoginChallengeEntity>findByIdOptional(key, LockModeType.PESSIMISTIC_WRITE)
                .map(found -> {
                    found.delete();
                    return now.isBefore(found.expiresAt);
                })
                .orElse(false));
    }

    @Scheduled(every = "${idse.credential-check.challenge-purge-interval:5m}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purgeExpired() {
        try {
            Instant now = clock.instant();
            long purged = QuarkusTransaction.requiringNew().call(() -> LoginChallengeEntity.delete("expiresAt <= ?1", now));
            LOG.debugf("Purged %d expired login challenges", purged);
        } catch (RuntimeException e) {
            LOG.warnf("Login challenge purge failed, will retry: %s", e.getMessage());
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
