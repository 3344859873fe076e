package mx.idse.testinfra;

import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/**
 * Operator JWTs for tests, signed with one RSA-2048 key pair made once per JVM. The matching
 * public key is written as PEM under {@code java.io.tmpdir}; {@link IdseTestInfrastructure}
 * passes the same key inline as {@code mp.jwt.verify.publickey}, which beats the in-memory key
 * Quarkus generates in test mode.
 *
 * <pre>{@code
 * given().auth().oauth2(OperadorTokens.operador("ana.lopez")).post("/api/v1/...")
 * }</pre>
 */
public final class OperadorTokens {

    /** The issuer services expect ({@code mp.jwt.verify.issuer}). */
    public static final String ISSUER = "urn:idse:operadores";
    /** The audience services expect ({@code mp.jwt.verify.audiences}). */
    public static final String AUDIENCE = "idse-certificados";
    /** The role operator endpoints require, carried in {@code groups}. */
    public static final String OPERADOR_GROUP = "operador";
    /** The {@code subdelegacion} claim of test tokens. */
    public static final String SUBDELEGACION = "Subdelegación Centro";
    /** Services refuse tokens issued longer ago than this ({@code mp.jwt.verify.token.age}, 12 h). */
    public static final Duration MAX_AGE = Duration.ofHours(12);

    private static final Duration VALIDITY = Duration.ofHours(1);

    private OperadorTokens() {
    }

    /** Absolute path of the PEM public key that verifies {@link #operador(String)} tokens. */
    public static String publicKeyLocation() {
        return Holder.PUBLIC_KEY_FILE.toString();
    }

    /** The public key that verifies the tokens made here. */
    public static PublicKey publicKey() {
        return Holder.ISSUER_KEYS.publicKey();
    }

    /** A valid operator token: groups [operador], {@link #ISSUER}, {@link #AUDIENCE}, {@link #SUBDELEGACION}, 1 h. */
    public static String operador(String subject) {
        return withGroups(subject, OPERADOR_GROUP);
    }

    /** A valid token carrying exactly {@code groups} (e.g. none, to test 403). */
    public static String withGroups(String subject, String... groups) {
        Instant now = Instant.now();
        return Holder.ISSUER_KEYS.sign(subject, ISSUER, AUDIENCE, Set.of(groups), SUBDELEGACION, now, now.plus(VALIDITY));
    }

    /** A valid operator token of another Subdelegación; null leaves the claim out. */
    public static String withSubdelegacion(String subject, String subdelegacion) {
        Instant now = Instant.now();
        return Holder.ISSUER_KEYS.sign(subject, ISSUER, AUDIENCE, Set.of(OPERADOR_GROUP), subdelegacion, now,
                now.plus(VALIDITY));
    }

    /** An otherwise valid operator token for another audience; null leaves {@code aud} out. */
    public static String withAudience(String subject, String audience) {
        Instant now = Instant.now();
        return Holder.ISSUER_KEYS.sign(subject, ISSUER, audience, Set.of(OPERADOR_GROUP), SUBDELEGACION, now,
                now.plus(VALIDITY));
    }

    /** An operator token issued an hour beyond {@link #MAX_AGE} ago that has not expired yet. */
    public static String tooOld(String subject) {
        Instant now = Instant.now();
        return Holder.ISSUER_KEYS.sign(subject, ISSUER, AUDIENCE, Set.of(OPERADOR_GROUP), SUBDELEGACION,
                now.minus(MAX_AGE).minus(VALIDITY), now.plus(VALIDITY));
    }

    /** An operator token that expired an hour ago. */
    public static String expired(String subject) {
        Instant now = Instant.now();
        return Holder.ISSUER_KEYS.sign(subject, ISSUER, AUDIENCE, Set.of(OPERADOR_GROUP), SUBDELEGACION,
                now.minus(VALIDITY).minus(VALIDITY), now.minus(VALIDITY));
    }

    /** An otherwise valid operator token signed by a key the services do not trust. */
    public static String signedByUnknownKey(String subject) {
        Instant now = Instant.now();
        return Holder.UNKNOWN_KEYS.sign(subject, ISSUER, AUDIENCE, Set.of(OPERADOR_GROUP), SUBDELEGACION, now,
                now.plus(VALIDITY));
    }

    /** An otherwise valid operator token from another issuer. */
    public static String withIssuer(String subject, String issuer) {
        Instant now = Instant.now();
        return Holder.ISSUER_KEYS.sign(subject, issuer, AUDIENCE, Set.of(OPERADOR_GROUP), SUBDELEGACION, now,
                now.plus(VALIDITY));
    }

    /** The public key as PEM text, for {@code mp.jwt.verify.publickey}. */
    public static String publicKeyPem() {
        return OperadorTokenIssuer.pem("PUBLIC KEY", publicKey().getEncoded());
    }

    /**
     * Lazy and thread-safe (class initialisation locks). The key pair lives in a folder owned by
     * {@link SharedInfrastructure}, so every class loader of the JVM signs with the same key.
     */
    private static final class Holder {
        static final Path KEY_DIRECTORY = Path.of(Infrastructure.shared().getJwtKeyDirectory());
        static final OperadorTokenIssuer ISSUER_KEYS = OperadorTokenIssuer.loadOrCreate(KEY_DIRECTORY);
        static final OperadorTokenIssuer UNKNOWN_KEYS = OperadorTokenIssuer.generate();
        static final Path PUBLIC_KEY_FILE = KEY_DIRECTORY.resolve(OperadorTokenIssuer.PUBLIC_KEY_FILE).toAbsolutePath();
    }
}
