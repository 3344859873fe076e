package mx.idse.identifiers;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Request identifier (folio): 60 random bits as 12 Crockford base32 symbols plus one check
 * symbol, shown as {@code XXXX-XXXX-XXXX-C}. The check symbol uses the Damm algorithm over a
 * quasigroup of order 32, which detects every single-symbol substitution and every adjacent
 * transposition (the check symbol included), unlike a weighted mod-37 sum folded onto 32 symbols.
 */
public final class Folio {

    /** Crockford base32: no I, L, O, U, so it reads aloud and types back without confusion. */
    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    static final int PAYLOAD_SYMBOLS = 12;
    static final int SYMBOLS = PAYLOAD_SYMBOLS + 1;
    private static final int BITS_PER_SYMBOL = 5;
    /** x^5 + x^2 + 1, irreducible over GF(2): defines GF(32). */
    private static final int GF32_POLY = 0b100101;

    private Folio() {
    }

    public static String generate(SecureRandom random) {
        Objects.requireNonNull(random, "random");
        long bits = random.nextLong() >>> (64 - PAYLOAD_SYMBOLS * BITS_PER_SYMBOL);
        int[] values = new int[SYMBOLS];
        for (int i = PAYLOAD_SYMBOLS - 1; i >= 0; i--) {
            values[i] = (int) (bits & 0x1F);
            bits >>>= BITS_PER_SYMBOL;
        }
        values[PAYLOAD_SYMBOLS] = damm(values, PAYLOAD_SYMBOLS);
        return display(values);
    }

    /**
     * The canonical form of a folio typed by a person: any case, with or without dashes or
     * spaces, Crockford's confusables read as digits (I and L as 1, O as 0). Empty when the
     * input is not 13 symbols or the check symbol does not match.
     */
    public static Optional<String> normalize(String input) {
        if (input == null || input.length() > 64) {
            return Optional.empty();
        }
        String compact = input.replace("-", "").replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        if (compact.length() != SYMBOLS) {
            return Optional.empty();
        }
        int[] values = new int[SYMBOLS];
        for (int i = 0; i < SYMBOLS; i++) {
            int v = ALPHABET.indexOf(unconfuse(compact.charAt(i)));
            if (v < 0) {
                return Optional.empty();
            }
            values[i] = v;
        }
        // With a zero diagonal, a correct folio (payload + check) folds to 0.
        return damm(values, SYMBOLS) == 0 ? Optional.of(display(values)) : Optional.empty();
    }

    /** Empty when {@link #normalize} finds a folio in the input, else the Spanish message. */
    public static Optional<String> check(String input) {
        return normalize(input).isPresent() ? Optional.empty()
                : Optional.of("El folio no es válido; revise que esté completo y bien escrito.");
    }

    private static char unconfuse(char c) {
        return switch (c) {
            case 'I', 'L' -> '1';
            case 'O' -> '0';
            default -> c;
        };
    }

    /** Damm's interim value over the first {@code count} symbols. */
    private static int damm(int[] values, int count) {
        int interim = 0;
        for (int i = 0; i < count; i++) {
            interim = quasigroup(interim, values[i]);
        }
        return interim;
    }

    /**
     * x * y = 2·(x XOR y) in GF(32). Latin square with a zero diagonal and weakly totally
     * anti-symmetric ((c*x)*y = (c*y)*x implies x = y, because 2·3 != 0), as Damm requires.
     */
    static int quasigroup(int x, int y) {
        int v = (x ^ y) << 1;
        return (v & 0x20) != 0 ? v ^ GF32_POLY : v;
    }

    private static String display(int[] values) {
        StringBuilder sb = new StringBuilder(SYMBOLS + 3);
        for (int i = 0; i < SYMBOLS; i++) {
            if (i > 0 && i % 4 == 0) {
                sb.append('-');
            }
            sb.append(ALPHABET.charAt(values[i]));
        }
        return sb.toString();
    }
}
