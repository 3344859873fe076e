package mx.idse.pki.credentials;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Bounds how much expensive crypto runs at once. Each Argon2id hash, key generation or CSR
 * verification costs milliseconds to tens of milliseconds of CPU and megabytes of memory; beyond
 * the bound a caller gets {@link CryptoGateSaturatedException} (429 with Retry-After at the HTTP
 * edge) instead of a growing queue. New credentials and credential checks have separate shares,
 * so a flood of password guesses cannot starve intake.
 */
@ApplicationScoped
public class CryptoWorkGate {

    private final Share newCredentials;
    private final Share credentialChecks;
    private final long maxWaitMillis;

    public CryptoWorkGate(CryptoConfig config, MeterRegistry registry) {
        this.maxWaitMillis = config.maxWait().toMillis();
        this.newCredentials = new Share(config.maxConcurrent(), "new-credentials", registry);
        this.credentialChecks = new Share(config.credentialChecksMaxConcurrent(), "credential-checks", registry);
    }

    /** Hashing a new password, generating a key pair, verifying a new CSR: bounded, else saturated. */
    public <T> T run(Supplier<T> work) {
        return newCredentials.run(work, maxWaitMillis);
    }

    /** Verifying a password or a credential someone presents: its own bound, else saturated. */
    public <T> T runCredentialCheck(Supplier<T> work) {
        return credentialChecks.run(work, maxWaitMillis);
    }

    private static final class Share {
        private final Semaphore permits;
        private final String name;
        private final Counter refused;

        Share(int permits, String name, MeterRegistry registry) {
            this.permits = new Semaphore(permits, true);
            this.name = name;
            this.refused = Counter.builder("idse.crypto.refused").tag("share", name)
                    .description("Calls refused with 429 because this share of the crypto gate was saturated")
                    .register(registry);
        }

        <T> T run(Supplier<T> work, long maxWaitMillis) {
            boolean acquired;
            try {
                acquired = permits.tryAcquire(maxWaitMillis, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                acquired = false;
            }
            if (!acquired) {
                refused.increment();
                throw new CryptoGateSaturatedException(name);
            }
            try {
                return work.get();
            } finally {
                permits.release();
            }
        }
    }
}
