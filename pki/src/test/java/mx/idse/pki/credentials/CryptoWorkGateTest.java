package mx.idse.pki.credentials;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import mx.idse.platform.problem.ApiProblem;
import mx.idse.platform.problem.ProblemCode;

class CryptoWorkGateTest {

    @Test
    void refusesWith429AndRetryAfterWhenEverySlotIsBusyInsteadOfQueueing() throws Exception {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        CryptoWorkGate gate = new CryptoWorkGate(TestCryptoConfig.withSlots(1, Duration.ofMillis(50)), registry);
        CountDownLatch busy = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService executor = Executors.newSingleThreadExecutor();
        try {
            Future<String> first = executor.submit(() -> gate.run(() -> {
                busy.countDown();
                await(release);
                return "hecho";
            }));
            await(busy);

            ApiProblem refused = assertThrows(ApiProblem.class, () -> gate.run(() -> "otro"));

            assertEquals(429, refused.status());
            assertEquals(ProblemCode.SERVICIO_SATURADO, refused.code());
            assertEquals("2", refused.headers().get("Retry-After"));
            assertEquals(1.0, registry.get("idse.crypto.refused").tag("share", "new-credentials").counter().count());
            release.countDown();
            assertEquals("hecho", first.get());
            assertEquals("de nuevo", gate.run(() -> "de nuevo"), "a freed slot is usable again");
        } finally {
            executor.shutdownNow();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
