package mx.idse.identifiers;

import java.util.Optional;
import java.util.regex.Pattern;

/** Código postal: 5 digits; none starts with 00 (SEPOMEX's first two digits name the state, 01 to 99). */
public final class CodigoPostal {

    private static final Pattern FORMAT = Pattern.compile("(?!00)\\d{5}");

    private CodigoPostal() {
    }

    public static String normalize(String value) {
        return value == null ? null : value.strip();
    }

    public static Optional<String> check(String value) {
        String v = normalize(value);
        return v != null && FORMAT.matcher(v).matches() ? Optional.empty()
                : Optional.of("El código postal debe tener 5 dígitos.");
    }
}
