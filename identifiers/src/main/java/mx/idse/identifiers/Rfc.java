package mx.idse.identifiers;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * RFC (Registro Federal de Contribuyentes): 12 characters for a persona moral, 13 for a persona
 * física, ending in a homoclave whose last character is a check digit. {@code check} returns an
 * empty Optional when the shape, the date and the RFC itself are acceptable, else a Spanish
 * message naming the problem. The check digit is separate ({@link #checkDigitAdvertencia}): SAT
 * has issued RFCs whose check digit does not validate, so a mismatch is only a warning that the
 * operator resolves in person.
 *
 * <p>The letters may hold Ñ and {@code &} (SAT writes both); in a certificate the RFC goes into
 * x500UniqueIdentifier (2.5.4.45) as a UTF8String, which carries them as they are.
 */
public final class Rfc {

    public static final int LENGTH_MORAL = 12;
    public static final int LENGTH_FISICA = 13;

    /** Values 0..38 by position; '&' is 24, space 37 and 'Ñ' 38 (SAT's table). */
    private static final String ALPHABET = "0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ Ñ";

    // Generic RFCs for the public at large and for foreigners: an employer needs its own RFC.
    private static final Set<String> GENERIC = Set.of("XAXX010101000", "XEXX010101000");

    private static final Pattern MORAL = Pattern.compile("[A-ZÑ&]{3}\\d{6}[A-Z0-9]{3}");
    private static final Pattern FISICA = Pattern.compile("[A-ZÑ&]{4}\\d{6}[A-Z0-9]{3}");

    /** The advertencia of an RFC whose check digit does not match SAT's calculation. */
    public static final String ADVERTENCIA_DIGITO_VERIFICADOR = "El dígito verificador del RFC no corresponde al"
            + " cálculo del SAT; el SAT ha emitido RFC vigentes así. En ventanilla se confirma el RFC con la Tarjeta"
            + " de Identificación Patronal antes de concluir.";

    private Rfc() {
    }

    /** Trim, NFC (so a decomposed Ñ matches) and upper case, independent of the JVM locale. */
    public static String normalize(String rfc) {
        return Typed.upperCase(rfc);
    }

    /** Decides persona moral or física by the length (12 or 13). */
    public static Optional<String> check(String rfc) {
        String value = normalize(rfc);
        if (value == null || value.isEmpty()) {
            return Optional.of("El RFC es obligatorio.");
        }
        if (value.length() == LENGTH_MORAL) {
            return check(value, true);
        }
        if (value.length() == LENGTH_FISICA) {
            return check(value, false);
        }
        return Optional.of("El RFC debe tener 12 caracteres (persona moral) o 13 (persona física); tiene "
                + value.length() + ".");
    }

    public static Optional<String> check(String rfc, boolean personaMoral) {
        String value = normalize(rfc);
        if (value == null || value.isEmpty()) {
            return Optional.of("El RFC es obligatorio.");
        }
        int expected = personaMoral ? LENGTH_MORAL : LENGTH_FISICA;
        String tipo = personaMoral ? "persona moral" : "persona física";
        if (value.length() != expected) {
            return Optional.of("El RFC de " + tipo + " debe tener " + expected + " caracteres; tiene "
                    + value.length() + ".");
        }
        if (GENERIC.contains(value)) {
            return Optional.of("El RFC genérico " + value
                    + " no es válido para un certificado patronal: se requiere el RFC propio.");
        }
        if (!(personaMoral ? MORAL : FISICA).matcher(value).matches()) {
            return Optional.of("El RFC de " + tipo + " debe tener " + (personaMoral ? 3 : 4)
                    + " letras, 6 dígitos de fecha (aammdd) y una homoclave de 3 caracteres.");
        }
        int letters = personaMoral ? 3 : 4;
        if (!YyMmDd.isRealDateAnyCentury(value.substring(letters, letters + 6))) {
            return Optional.of("La fecha del RFC (" + value.substring(letters, letters + 6)
                    + ") no es una fecha válida (aammdd).");
        }
        return Optional.empty();
    }

    /**
     * The advertencia for an RFC that {@code check} accepted and whose check digit does not match;
     * empty when it matches.
     */
    public static Optional<String> checkDigitAdvertencia(String rfc) {
        return checkDigitMatches(rfc) ? Optional.empty() : Optional.of(ADVERTENCIA_DIGITO_VERIFICADOR);
    }

    /** Whether the last character is SAT's check digit; only for an RFC that {@code check} accepted. */
    public static boolean checkDigitMatches(String rfc) {
        String value = normalize(rfc);
        return value.charAt(value.length() - 1) == checkDigit(value.substring(0, value.length() - 1));
    }

    /**
     * Check digit over the RFC without its last character (11 chars moral, 12 física). A moral
     * RFC is padded with a leading space so both weigh 12 characters, 13 down to 2.
     */
    static char checkDigit(String withoutCheckDigit) {
        String padded = withoutCheckDigit.length() == LENGTH_MORAL - 1
                ? " " + withoutCheckDigit : withoutCheckDigit;
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            int v = ALPHABET.indexOf(padded.charAt(i));
            if (v < 0) {
                throw new IllegalArgumentException("character outside the RFC alphabet");
            }
            sum += v * (13 - i);
        }
        int d = 11 - (sum % 11);
        if (d == 11) {
            return '0';
        }
        return d == 10 ? 'A' : (char) ('0' + d);
    }
}
