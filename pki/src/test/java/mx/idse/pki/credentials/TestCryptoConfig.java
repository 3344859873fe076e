package mx.idse.pki.credentials;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** Cheap crypto settings for plain unit tests, with the given gate bounds. */
public record TestCryptoConfig(int maxConcurrent, int credentialChecksMaxConcurrent, Duration maxWait)
        implements CryptoConfig {

    public static TestCryptoConfig withSlots(int slots, Duration maxWait) {
        return new TestCryptoConfig(slots, slots, maxWait);
    }

    @Override
    public int argon2MemoryKib() {
        return 1024;
    }

    @Override
    public int argon2Iterations() {
        return 1;
    }

    @Override
    public int argon2Parallelism() {
        return 1;
    }

    @Override
    public Optional<Path> blockedKeysFile() {
        return Optional.empty();
    }

    @Override
    public int privateKeyPbkdf2Iterations() {
        return 1000;
    }
}
