package mx.idse.identifiers;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The certificate's serial number as the IMSS procedure fixes it: 15 decimal digits without a
 * leading zero (the CSPRNG draws it from [10^14, 10^15), pki's {@code SerialNumbers}); the same
 * number is the X.509 serial and, always as a string, the {@code numeroSerie} of every route.
 * It has no normalisation: it is copied from a certificate, an email or a recovery list, and every
 * service looks it up exactly as given, so a value with anything around it is refused.
 */
public final class NumeroSerie {

    public static final int LENGTH = 15;

    private static final Pattern FORMAT = Pattern.compile("[1-9][0-9]{14}");

    private NumeroSerie() {
    }

    /** Exactly the canonical form: 15 ASCII digits, the first not 0. */
    public static boolean isValid(String numeroSerie) {
        return numeroSerie != null && FORMAT.matcher(numeroSerie).matches();
    }

    public static Optional<String> check(String value) {
        if (value == null || value.isBlank()) {
            return Optional.of("Indique el número de serie de 15 dígitos del certificado.");
        }
        return isValid(value) ? Optional.empty()
                : Optional.of("El número de serie del certificado tiene 15 dígitos y no empieza con 0.");
    }
}
