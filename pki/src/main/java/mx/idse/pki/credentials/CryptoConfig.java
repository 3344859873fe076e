package mx.idse.pki.credentials;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Password hashing, key generation and their concurrency bounds ({@code idse.crypto.*}), shared by every service. */
@ConfigMapping(prefix = "idse.crypto")
public interface CryptoConfig {

    /** Argon2id memory in KiB (OWASP: 19456 with t=2, p=1). */
    @WithDefault("19456")
    int argon2MemoryKib();

    /** Argon2id iterations. */
    @WithDefault("2")
    int argon2Iterations();

    /** Argon2id parallelism. */
    @WithDefault("1")
    int argon2Parallelism();

    /** New credentials (password hashes, key generations) allowed at once; more get 429 instead of piling up. */
    @WithDefault("4")
    int maxConcurrent();

    /** How long a caller waits for a free slot before it gets 429. */
    @WithDefault("2s")
    Duration maxWait();

    /**
     * Credential checks (password verifications) allowed at once. A separate share, so a flood
     * of wrong passwords cannot make new requests answer 429.
     */
    @WithDefault("2")
    int credentialChecksMaxConcurrent();

    /**
     * File listing known-compromised public keys, one hex SHA-256 of the DER
     * SubjectPublicKeyInfo per line ({@code #} starts a comment); CSRs with them are refused.
     */
    Optional<Path> blockedKeysFile();

    /** PBKDF2 iterations protecting a generated private key (.key, encrypted PKCS#8). */
    @WithDefault("600000")
    int privateKeyPbkdf2Iterations();
}
