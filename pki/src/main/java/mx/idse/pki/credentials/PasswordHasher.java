package mx.idse.pki.credentials;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id password hashes as PHC strings:
 * {@code $argon2id$v=19$m=<KiB>,t=<iterations>,p=<parallelism>$<salt>$<hash>} (base64 without
 * padding). Verification reads the parameters from the string, so old hashes keep working after
 * the configuration changes. Thread-safe.
 */
public final class PasswordHasher {

    // Caps on parameters read from a stored hash: a tampered row must not make us burn CPU/RAM.
    static final int MAX_MEMORY_KIB = 1024 * 1024;
    static final int MAX_ITERATIONS = 20;
    static final int MAX_PARALLELISM = 16;

    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final int MIN_SALT_BYTES = 8;
    private static final int MIN_HASH_BYTES = 16;
    private static final int MAX_HASH_BYTES = 64;

    private static final Pattern PHC = Pattern.compile(
            "\\$argon2id\\$v=19\\$m=(\\d{1,8}),t=(\\d{1,3}),p=(\\d{1,3})\\$([A-Za-z0-9+/]+)\\$([A-Za-z0-9+/]+)");
    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder B64_DECODER = Base64.getDecoder();

    private final int memoryKiB;
    private final int iterations;
    private final int parallelism;
    private final SecureRandom random = new SecureRandom();
    private final String dummyHash;

    public PasswordHasher(int memoryKiB, int iterations, int parallelism) {
        if (!withinCaps(memoryKiB, iterations, parallelism)) {
            throw new IllegalArgumentException("Argon2id parameters out of range: m=" + memoryKiB
                    + ", t=" + iterations + ", p=" + parallelism);
        }
        this.memoryKiB = memoryKiB;
        this.iterations = iterations;
        this.parallelism = parallelism;
        this.dummyHash = hash(randomPassword());
    }

    public String hash(char[] password) {
        Objects.requireNonNull(password, "password");
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] hash = argon2id(password, salt, memoryKiB, iterations, parallelism, HASH_BYTES);
        return "$argon2id$v=19$m=" + memoryKiB + ",t=" + iterations + ",p=" + parallelism
                + "$" + B64.encodeToString(salt) + "$" + B64.encodeToString(hash);
    }

    /** False for a wrong password and for any malformed or over-the-cap PHC string. */
    public boolean verify(String phc, char[] password) {
        if (phc == null || password == null) {
            return false;
        }
        Matcher m = PHC.matcher(phc);
        if (!m.matches()) {
            return false;
        }
        try {
            int mem = Integer.parseInt(m.group(1));
            int t = Integer.parseInt(m.group(2));
            int p = Integer.parseInt(m.group(3));
            byte[] salt = B64_DECODER.decode(m.group(4));
            byte[] expected = B64_DECODER.decode(m.group(5));
            if (!withinCaps(mem, t, p) || salt.length < MIN_SALT_BYTES
                    || expected.length < MIN_HASH_BYTES || expected.length > MAX_HASH_BYTES) {
                return false;
            }
            byte[] actual = argon2id(password, salt, mem, t, p, expected.length);
            return MessageDigest.isEqual(expected, actual); // constant time
        } catch (IllegalArgumentException e) {
            return false; // bad base64 or parameters Argon2 refuses
        }
    }

    /**
     * A hash of a random password, for verifying against when the usuario is unknown so that
     * the answer takes the same time as for a known usuario.
     */
    public String dummyHash() {
        return dummyHash;
    }

    private static boolean withinCaps(int memoryKiB, int iterations, int parallelism) {
        // Argon2 needs at least 8 KiB of memory per lane.
        return parallelism >= 1 && parallelism <= MAX_PARALLELISM
                && iterations >= 1 && iterations <= MAX_ITERATIONS
                && memoryKiB >= 8 * parallelism && memoryKiB <= MAX_MEMORY_KIB;
    }

    private static byte[] argon2id(char[] password, byte[] salt, int memoryKiB, int iterations,
                                   int parallelism, int length) {
        Argon2Parameters params = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withSalt(salt)
                .withMemoryAsKB(memoryKiB)
                .withIterations(iterations)
                .withParallelism(parallelism)
                .build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(params);
        byte[] out = new byte[length];
        generator.generateBytes(password, out); // password chars as UTF-8
        return out;
    }

    private char[] randomPassword() {
        char[] chars = new char[20];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = (char) ('a' + random.nextInt(26));
        }
        return chars;
    }
}
