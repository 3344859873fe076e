package mx.idse.identifiers;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The NPIE (docs/request-to-certificate.md): {@code NP}, an 8-digit number from a database
 * sequence, and a Damm check digit, e.g. {@code NP100000011}. People read it off a screen and type
 * it back during recovery, so it is short, has digits only after the prefix (no O/0 or I/1
 * confusion), and the Damm digit catches every single-digit error and every swap of two
 * adjacent digits.
 */
public final class Npie {

    public static final String PREFIX = "NP";
    public static final long LOWEST_NUMBER = 10_000_000L;
    public static final long HIGHEST_NUMBER = 99_999_999L;
    private static final Pattern FORMAT = Pattern.compile("NP[1-9][0-9]{8}");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s-]+");

    /** Damm's totally anti-symmetric quasigroup of order 10. */
    private static final int[][] DAMM = {
            {0, 3, 1, 7, 5, 9, 8, 6, 4, 2},
            {7, 0, 9, 2, 1, 5, 4, 8, 6, 3},
            {4, 2, 0, 6, 8, 7, 1, 3, 5, 9},
            {1, 7, 5, 0, 9, 8, 3, 4, 2, 6},
            {6, 1, 2, 3, 0, 4, 5, 9, 7, 8},
            {3, 6, 7, 4, 2, 0, 9, 5, 8, 1},
            {5, 8, 6, 9, 7, 2, 0, 1, 3, 4},
            {8, 9, 4, 5, 3, 6, 2, 0, 1, 7},
            {9, 4, 3, 8, 6, 1, 7, 2, 0, 5},
            {2, 5, 8, 1, 4, 3, 6, 7, 9, 0}};

    private Npie() {
    }

    /** The NPIE for a number of the {@code npie_number} sequence. */
    public static String of(long number) {
        if (number < LOWEST_NUMBER || number > HIGHEST_NUMBER) {
            throw new IllegalArgumentException("NPIE numbers have 8 digits: " + number);
        }
        String digits = Long.toString(number);
        return PREFIX + digits + checkDigit(digits);
    }

    /** What a person typed without its spaces and dashes, in upper case (valid or not). */
    public static String normalize(String typed) {
        return typed == null ? null : SEPARATORS.matcher(typed).replaceAll("").toUpperCase(Locale.ROOT);
    }

    /** The canonical NPIE for what a person typed (any case, spaces or dashes), if it is a valid one. */
    public static Optional<String> parse(String typed) {
        String canonical = normalize(typed);
        return isValid(canonical) ? Optional.of(canonical) : Optional.empty();
    }

    public static Optional<String> check(String typed) {
        if (typed == null || typed.isBlank()) {
            return Optional.of("Indique el NPIE.");
        }
        return parse(typed).isPresent() ? Optional.empty()
                : Optional.of("El NPIE tiene la forma NP y 9 dígitos (el último, verificador); revise que esté bien escrito.");
    }

    /** Exactly the canonical form with a matching check digit. */
    public static boolean isValid(String npie) {
        return npie != null && FORMAT.matcher(npie).matches() && checkDigit(npie.substring(PREFIX.length())) == 0;
    }

    /** Damm: the interim digit after the number; a number followed by its check digit gives 0. */
    static int checkDigit(String digits) {
        int interim = 0;
        for (int i = 0; i < digits.length(); i++) {
            interim = DAMM[interim][digits.charAt(i) - '0'];
        }
        return interim;
    }
}
