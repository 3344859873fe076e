package mx.idse.request.config;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of request-service ({@code idse.requests.*}). */
@ConfigMapping(prefix = "idse.requests")
public interface RequestServiceConfig {

    /** Business days the applicant has to conclude the request in person (the seed says 10). */
    @WithDefault("10")
    int businessDaysToConclude();

    /** Business days before the deadline at which RequestDeadlineApproaching is sent, once. */
    @WithDefault("2")
    int deadlineNoticeBusinessDays();

    /** IMSS non-working dates (yyyy-MM-dd) on top of weekends and LFT art. 74 rest days. */
    Optional<List<LocalDate>> imssNonWorkingDates();

    /** Cron of the job that expires requests, sends deadline notices and frees usuarios ({@code off} disables it). */
    @WithDefault("0 */5 * * * ?")
    String expiryCron();

    /** Requests expired or noticed per transaction by the scheduler. */
    @WithDefault("200")
    int schedulerBatchSize();

    /** Password hashing and key generation. */
    Crypto crypto();

    interface Crypto {
        /** Argon2id memory in KiB (OWASP: 19456 with t=2, p=1). */
        @WithDefault("19456")
        int argon2MemoryKib();

        /** Argon2id iterations. */
        @WithDefault("2")
        int argon2Iterations();

        /** Argon2id parallelism. */
        @WithDefault("1")
        int argon2Parallelism();

        /** Hashes or key generations allowed at once; more get 429 instead of piling up. */
        @WithDefault("4")
        int maxConcurrent();

        /** How long a request waits for a free hashing slot before it gets 429. */
        @WithDefault("2s")
        Duration maxWait();

        /**
         * File listing known-compromised public keys, one hex SHA-256 of the DER
         * SubjectPublicKeyInfo per line ({@code #} starts a comment); CSRs with them are refused.
         */
        Optional<java.nio.file.Path> blockedKeysFile();

        /** PBKDF2 iterations protecting a generated private key (.key, encrypted PKCS#8). */
        @WithDefault("600000")
        int privateKeyPbkdf2Iterations();
    }
}
