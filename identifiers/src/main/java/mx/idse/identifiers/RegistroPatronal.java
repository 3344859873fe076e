package mx.idse.identifiers;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Registro patronal IMSS: 3 letters or digits (municipality) and 8 digits. IMSS does not publish
 * its check digit algorithm, so only the shape is checked. People type it as printed on IMSS
 * documents (000-12345-67-8) or without the dashes; it is stored and certified without them.
 */
public final class RegistroPatronal {

    public static final int LENGTH = 11;

    private static final Pattern PLAIN = Pattern.compile("[A-Z0-9]{3}\\d{8}");
    // The printed form on IMSS documents: 000-12345-67-8.
    private static final Pattern DASHED = Pattern.compile("[A-Z0-9]{3}-\\d{5}-\\d{2}-\\d");

    private RegistroPatronal() {
    }

    /**
     * Trimmed, NFC, upper case, and without the dashes when it has the printed shape (dashes anywhere
     * else are left, so {@link #check} refuses them).
     */
    public static String normalize(String value) {
        String v = Typed.upperCase(value);
        return v != null && DASHED.matcher(v).matches() ? v.replace("-", "") : v;
    }

    /** Empty when valid, else a Spanish message (same style as {@link Rfc#check(String)}). */
    public static Optional<String> check(String value) {
        if (value == null || value.isBlank()) {
            return Optional.of("El registro patronal es obligatorio.");
        }
        return PLAIN.matcher(normalize(value)).matches() ? Optional.empty()
                : Optional.of("El registro patronal debe tener 11 caracteres: 3 letras o dígitos del"
                        + " municipio y 8 dígitos, con o sin guiones (por ejemplo A12-12345-67-8).");
    }
}
