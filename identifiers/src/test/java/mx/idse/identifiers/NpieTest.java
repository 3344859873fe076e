package mx.idse.identifiers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The NPIE people read and type back: format, check digit, what typing it back tolerates. */
class NpieTest {

    @Test
    void isPrefixEightDigitsAndDammCheckDigit() {
        assertEquals(4, Npie.checkDigit("572"), "Damm's published example");
        String npie = Npie.of(10_000_001L);
        assertEquals(11, npie.length());
        assertTrue(npie.startsWith("NP10000001"));
        assertTrue(Npie.isValid(npie));
    }

    @Test
    void refusesNumbersOutsideEightDigits() {
        assertThrows(IllegalArgumentException.class, () -> Npie.of(9_999_999L));
        assertThrows(IllegalArgumentException.class, () -> Npie.of(100_000_000L));
    }

    @Test
    void catchesEverySingleDigitTypo() {
        String npie = Npie.of(48_213_907L);
        for (int position = 2; position < npie.length(); position++) {
            for (char digit = '0'; digit <= '9'; digit++) {
                if (digit == npie.charAt(position)) {
                    continue;
                }
                String typo = npie.substring(0, position) + digit + npie.substring(position + 1);
                assertFalse(Npie.isValid(typo), typo);
            }
        }
    }

    @Test
    void catchesEverySwapOfTwoAdjacentDigits() {
        for (long number = 10_000_000L; number < 99_999_999L; number += 7_919_993L) {
            String npie = Npie.of(number);
            for (int position = 2; position < npie.length() - 1; position++) {
                char a = npie.charAt(position);
                char b = npie.charAt(position + 1);
                if (a == b) {
                    continue;
                }
                String swapped = npie.substring(0, position) + b + a + npie.substring(position + 2);
                assertFalse(Npie.isValid(swapped), swapped);
            }
        }
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "none", value = {
            "NP100000011 | NP100000011",
            "np100000011 | NP100000011",
            "NP 1000 0001 1 | NP100000011",
            "NP-10000001-1 | NP100000011",
            "NP100000012 | none",
            "NP10000001 | none",
            "NX100000013 | none",
            "'' | none"})
    void readsWhatAPersonTypes(String typed, String expected) {
        assertEquals("NP100000011", Npie.of(10_000_001L), "the examples assume this check digit");
        assertEquals(Optional.ofNullable(expected), Npie.parse(typed));
    }
}
