package mx.idse.identifiers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FolioTest {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern CANONICAL =
            Pattern.compile("[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]");

    @Test
    void tenThousandGeneratedFoliosAreDistinctAndCanonical() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String folio = Folio.generate(RANDOM);
            assertTrue(CANONICAL.matcher(folio).matches(), folio);
            assertEquals(Optional.of(folio), Folio.normalize(folio));
            assertTrue(seen.add(folio), folio);
        }
    }

    @Test
    void detectsEverySingleSymbolChange() {
        for (int n = 0; n < 300; n++) {
            char[] symbols = compact(Folio.generate(RANDOM));
            for (int i = 0; i < symbols.length; i++) {
                char original = symbols[i];
                for (char replacement : Folio.ALPHABET.toCharArray()) {
                    if (replacement != original) {
                        symbols[i] = replacement;
                        assertEquals(Optional.empty(), Folio.normalize(new String(symbols)), new String(symbols));
                    }
                }
                symbols[i] = original;
            }
        }
    }

    @Test
    void detectsEveryAdjacentTranspositionIncludingTheCheckSymbol() {
        for (int n = 0; n < 2_000; n++) {
            char[] symbols = compact(Folio.generate(RANDOM));
            for (int i = 0; i + 1 < symbols.length; i++) {
                if (symbols[i] != symbols[i + 1]) {
                    char[] swapped = symbols.clone();
                    swapped[i] = symbols[i + 1];
                    swapped[i + 1] = symbols[i];
                    assertEquals(Optional.empty(), Folio.normalize(new String(swapped)), new String(swapped));
                }
            }
        }
    }

    @Test
    void quasigroupHasTheDammProperties() {
        for (int x = 0; x < 32; x++) {
            assertEquals(0, Folio.quasigroup(x, x), "zero diagonal");
            Set<Integer> row = new HashSet<>();
            Set<Integer> column = new HashSet<>();
            for (int y = 0; y < 32; y++) {
                row.add(Folio.quasigroup(x, y));
                column.add(Folio.quasigroup(y, x));
                for (int c = 0; c < 32; c++) {
                    boolean commute = Folio.quasigroup(Folio.quasigroup(c, x), y)
                            == Folio.quasigroup(Folio.quasigroup(c, y), x);
                    assertFalse(x != y && commute, "weak total anti-symmetry");
                }
            }
            assertEquals(32, row.size(), "Latin square row");
            assertEquals(32, column.size(), "Latin square column");
        }
    }

    @ParameterizedTest(name = "[{0}]")
    @CsvSource({
        "3G0Z-1K7P-QX4M-B, 3G0Z-1K7P-QX4M-B",
        "3g0z-1k7p-qx4m-b, 3G0Z-1K7P-QX4M-B",
        "3G0Z1K7PQX4MB, 3G0Z-1K7P-QX4M-B",
        "'  3g0z 1k7p qx4m b ', 3G0Z-1K7P-QX4M-B",
        "3GOZ-IK7P-QX4M-B, 3G0Z-1K7P-QX4M-B",
        "3goz-lk7p-qx4m-b, 3G0Z-1K7P-QX4M-B",
        "3G-0Z1K-7PQX4-MB, 3G0Z-1K7P-QX4M-B",
    })
    void acceptsAnyCaseDashesAndConfusables(String input, String canonical) {
        assertEquals(Optional.of(canonical), Folio.normalize(input));
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {
        "", "ABC", "3G0Z-1K7P-QX4M", "3G0Z-1K7P-QX4M-BF", "3G0Z-1K7P-QX4U-B", "3G0Z-1K7P-QX4M-*",
        "3G0Z_1K7P_QX4M_B", "ÁG0Z-1K7P-QX4M-B", "3G0Z-1K7P-QX4M-B-3G0Z-1K7P-QX4M-B"})
    void rejectsGarbage(String input) {
        assertEquals(Optional.empty(), Folio.normalize(input));
    }

    @Test
    void rejectsNull() {
        assertEquals(Optional.empty(), Folio.normalize(null));
    }

    private static char[] compact(String folio) {
        return folio.replace("-", "").toCharArray();
    }
}
