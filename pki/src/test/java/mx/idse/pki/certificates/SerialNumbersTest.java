package mx.idse.pki.certificates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SerialNumbersTest {

    private final SerialNumbers serials = new SerialNumbers();

    @Test
    void everyDrawIsFifteenDigitsWithoutLeadingZeroInsideTheRange() {
        for (int i = 0; i < 100_000; i++) {
            String serial = serials.next();
            assertTrue(serial.matches("[1-9][0-9]{14}"), serial);
            long value = Long.parseLong(serial);
            assertTrue(value >= 100_000_000_000_000L && value <= 999_999_999_999_999L, serial);
        }
    }

    @Test
    void aLargeSampleHasNoRepeats() {
        // 200,000 draws from 9 * 10^14: a repeat has probability about 2e-5.
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 200_000; i++) {
            assertTrue(seen.add(serials.next()), "repeated serial");
        }
    }

    @Test
    void drawsSpreadOverTheWholeRange() {
        // Each leading digit 1..9 covers a ninth of the range; 9,000 draws put ~1,000 in each.
        int[] leading = new int[10];
        for (int i = 0; i < 9_000; i++) {
            leading[serials.next().charAt(0) - '0']++;
        }
        assertEquals(0, leading[0]);
        for (int digit = 1; digit <= 9; digit++) {
            assertTrue(leading[digit] > 800 && leading[digit] < 1200, "leading digit " + digit + ": " + leading[digit]);
        }
    }

    @Test
    void rangeEndsAreReachable() {
        assertEquals("100000000000000", new SerialNumbers(fixedRandom(0L)).next());
        // 9 * 10^14 - 1 in the top 50 bits: the largest accepted draw.
        long largestDraw = (900_000_000_000_000L - 1) << 14;
        assertEquals("999999999999999", new SerialNumbers(fixedRandom(largestDraw)).next());
    }

    @Test
    void drawsAtOrAboveTheCountAreRejectedNotWrapped() {
        long tooLarge = 900_000_000_000_000L << 14; // would be 10^15 without rejection
        SecureRandom random = new SecureRandom() {
            private int calls;

            @Override
            public long nextLong() {
                return calls++ == 0 ? tooLarge : 5L << 14;
            }
        };
        assertEquals("100000000000005", new SerialNumbers(random).next());
    }

    @ParameterizedTest(name = "{0} valid={1}")
    @CsvSource({
        "482915730046128, true",
        "100000000000000, true",
        "999999999999999, true",
        "099999999999999, false",
        "48291573004612, false",
        "4829157300461280, false",
        "48291573004612a, false",
        "'', false",
        "'４８２９１５７３００４６１２８', false",
    })
    void validatesTheFormat(String serial, boolean valid) {
        assertEquals(valid, SerialNumbers.isValid(serial));
    }

    @Test
    void toBigIntegerIsTheDecimalValueAndRefusesBadSerials() {
        assertEquals(new BigInteger("482915730046128"), SerialNumbers.toBigInteger("482915730046128"));
        assertThrows(IllegalArgumentException.class, () -> SerialNumbers.toBigInteger("-48291573004612"));
        assertThrows(IllegalArgumentException.class, () -> SerialNumbers.toBigInteger(null));
        assertFalse(SerialNumbers.isValid(null));
    }

    private static SecureRandom fixedRandom(long value) {
        return new SecureRandom() {
            @Override
            public long nextLong() {
                return value;
            }
        };
    }
}
