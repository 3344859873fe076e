package mx.idse.request.intake;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import mx.idse.request.config.RequestServiceConfig;
import mx.idse.request.problem.ApiProblem;

/**
 * Bounds how many Argon2id hashes and key generations run at once. Each costs tens of
 * milliseconds of CPU and megabytes of memory; beyond the bound a caller gets 429 with
 * Retry-After instead of a growing queue.
 */
@ApplicationScoped
public class CryptoWorkGate {

    private final Semaphore permits;
    private final long maxWaitMillis;
    private final Counter refused;

    CryptoWorkGate(RequestServiceConfig config, MeterRegistry registry) {
        this.permits = new Semaphore(config.crypto().maxConcurrent(), true);
        this.maxWaitMillis = config.crypto().maxWait().toMillis();
        this.refused = Counter.builder("idse.requests.crypto.refused")
                .description("Requests refused with 429 because hashing was saturated").register(registry);
    }

    /** Runs the work when a slot is free within the configured wait; otherwise 429. */
    public <T> T run(Supplier<T> work) {
        boolean acquired;
        try {
            acquired = permits.tryAcquire(maxWaitMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            acquired = false;
        }
        if (!acquired) {
            refused.increment();
            throw new ApiProblem(429, "SERVICIO_SATURADO",
                    "El servicio está atendiendo muchas solicitudes; intente de nuevo en unos segundos.",
                    List.of(), Map.of("Retry-After", "2"));
        }
        try {
            return work.get();
        } finally {
            permits.release();
        }
    }
}
