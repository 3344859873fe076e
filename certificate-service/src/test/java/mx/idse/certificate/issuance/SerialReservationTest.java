package mx.idse.certificate.issuance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import mx.idse.pki.certificates.SerialNumbers;

/** Step 3: a serial is reserved under a unique key before signing, and a taken one is drawn again. */
class SerialReservationTest {

    /** A unique key like the table's primary key: the first reservation of a serial wins. */
    private static final class UniqueKeyStore implements SerialReservation.Store {
        final Map<String, String> reserved = new ConcurrentHashMap<>();
        final AtomicInteger collisions = new AtomicInteger();

        @Override
        public boolean tryReserve(String serial, String folio) {
            boolean free = reserved.putIfAbsent(serial, folio) == null;
            if (!free) {
                collisions.incrementAndGet();
            }
            return free;
        }
    }

    /** Draws in a fixed order: long value v becomes serial 10^14 + v (SerialNumbers keeps the top 50 bits). */
    private static final class ScriptedRandom extends SecureRandom {
        private final Iterator<Long> draws;

        ScriptedRandom(Long... serialOffsets) {
            this.draws = List.of(serialOffsets).iterator();
        }

        @Override
        public long nextLong() {
            return draws.next() << (Long.SIZE - 50);
        }
    }

    @Test
    void manyThreadsGetDistinctWellFormedSerials() throws Exception {
        UniqueKeyStore store = new UniqueKeyStore();
        SerialReservation reservation = new SerialReservation(new SerialNumbers(), store);
        ExecutorService threads = Executors.newFixedThreadPool(16);
        List<Future<String>> serials = new ArrayList<>();
        for (int i = 0; i < 8_000; i++) {
            String folio = "F" + i;
            serials.add(threads.submit(() -> reservation.reserve(folio)));
        }
        List<String> drawn = new ArrayList<>();
        for (Future<String> serial : serials) {
            drawn.add(serial.get());
        }
        threads.shutdown();

        assertEquals(8_000, drawn.stream().distinct().count());
        assertTrue(drawn.stream().allMatch(SerialNumbers::isValid));
        assertEquals(8_000, store.reserved.size());
    }

    @Test
    void drawsAgainWhenTheSerialIsTaken() {
        UniqueKeyStore store = new UniqueKeyStore();
        SerialReservation reservation = new SerialReservation(new SerialNumbers(new ScriptedRandom(7L, 7L, 7L, 8L)), store);

        assertEquals("100000000000007", reservation.reserve("F-1"));
        assertEquals("100000000000008", reservation.reserve("F-2"));
        assertEquals(2, store.collisions.get());
        assertEquals("F-1", store.reserved.get("100000000000007"));
    }

    @Test
    void givesUpWhenEveryDrawIsTaken() {
        SerialReservation reservation = new SerialReservation(new SerialNumbers(), (serial, folio) -> false);
        assertThrows(IllegalStateException.class, () -> reservation.reserve("F-1"));
    }
}
