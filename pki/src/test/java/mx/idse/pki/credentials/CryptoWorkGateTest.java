package mx.idse.pki.credentials;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

class CryptoWorkGateTest {

    @Test
    void refusesWithRetryAfterWhenEverySlotIsBusyInsteadOfQueueing() throws Exception {
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

            CryptoGateSaturatedException refused = assertThrows(CryptoGateSaturatedException.class,
                    () -> gate.run(() -> "otro"));

            assertEquals("new-credentials", refused.share());
            assertEquals(2, refused.retryAfterSeconds());
            assertEquals(1.0, registry.get("idse.crypto.refused").tag("share", "new-credentials").counter().count());
            release.countDown();
            assertEquals("hecho", first.get());
            assertEquals("de nuevo", gate.run(() -> "de nuevo"), "a freed slot is usable again");
        } finally {
            executor.shutdownNow();
        }
    }

    @Test
    void newCredentialsGoThroughWhileEveryCredentialCheckSlotIsBusy() throws Exception {
        CryptoWorkGate gate = new CryptoWorkGate(new TestCryptoConfig(1, 2, Duration.ofMillis(50)),
                new SimpleMeterRegistry());
        try (BusySlots busy = BusySlots.fill(2, gate::runCredentialCheck)) {
            assertThrows(CryptoGateSaturatedException.class, () -> gate.runCredentialCheck(() -> "una más"), "the check share is full");

            assertEquals("hash nuevo", gate.run(() -> "hash nuevo"));
        }
    }

    @Test
    void credentialChecksGoThroughWhileEveryNewCredentialSlotIsBusy() throws Exception {
        CryptoWorkGate gate = new CryptoWorkGate(new TestCryptoConfig(2, 1, Duration.ofMillis(50)),
                new SimpleMeterRegistry());
        try (BusySlots busy = BusySlots.fill(2, gate::run)) {
            assertThrows(CryptoGateSaturatedException.class, () -> gate.run(() -> "una más"), "the new-credentials share is full");

            assertEquals("verificada", gate.runCredentialCheck(() -> "verificada"));
        }
    }

    /** Holds {@code count} slots of one share until closed. */
    private record BusySlots(ExecutorService executor, CountDownLatch release) implements AutoCloseable {

        static BusySlots fill(int count, Function<Supplier<String>, String> share) {
            CountDownLatch busy = new CountDownLatch(count);
            CountDownLatch release = new CountDownLatch(1);
            ExecutorService executor = Executors.newFixedThreadPool(count);
            for (int i = 0; i < count; i++) {
                executor.submit(() -> share.apply(() -> {
                    busy.countDown();
                    await(release);
                    return "ocupado";
                }));
            }
            await(busy);
            return new BusySlots(executor, release);
        }

        @Override
        public void close() {
            release.countDown();
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
