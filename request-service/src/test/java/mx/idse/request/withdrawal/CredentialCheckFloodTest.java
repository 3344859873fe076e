package mx.idse.request.withdrawal;

import static mx.idse.request.support.Solicitudes.personaMoral;
import static mx.idse.request.support.Solicitudes.submit;
import static mx.idse.request.withdrawal.WithdrawalThrottleTest.withdraw;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import mx.idse.identifiers.Folio;

/** Credential checks have their own share of the crypto gate: a flood of them cannot make intake answer 429. */
@QuarkusTest
class CredentialCheckFloodTest {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Test
    void aNewRequestGets201WhileTwentyThreadsKeepGuessingPasswords() throws Exception {
        // Each guess names a fresh folio, so the throttle never stops it: every one costs a hash
        // (against the dummy hash, as for a known folio) in the credential-check share.
        AtomicBoolean flooding = new AtomicBoolean(true);
        ConcurrentLinkedQueue<Integer> guesses = new ConcurrentLinkedQueue<>();
        ExecutorService attackers = Executors.newFixedThreadPool(20);
        try {
            for (int i = 0; i < 20; i++) {
                attackers.submit(() -> {
                    while (flooding.get()) {
                        guesses.add(withdraw(Folio.generate(RANDOM), "intruso01", "Adivina2026").extract().statusCode());
                    }
                });
            }
            while (guesses.size() < 20) {
                Thread.onSpinWait(); // the flood is under way
            }

            int status = submit(personaMoral()).extract().statusCode();

            assertEquals(201, status);
        } finally {
            flooding.set(false);
            attackers.shutdown();
            assertTrue(attackers.awaitTermination(30, TimeUnit.SECONDS));
        }
        assertTrue(Set.of(404, 429).containsAll(List.copyOf(guesses)), "guesses answered " + Set.copyOf(guesses));
    }
}
