package mx.idse.identifiers;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The usuario of a certificate's account: 8 to 20 letters (A to Z, no Ñ or accents) or digits.
 * It is kept as typed and compared ignoring case ({@link #key}): one holder per usuario whatever
 * the case. The rule is public, so refusing a malformed usuario with a 400 reveals nothing.
 */
public final class Usuario {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 20;

    static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9]{8,20}");

    private Usuario() {
    }

    public static Optional<String> check(String usuario) {
        return usuario != null && FORMAT.matcher(usuario).matches() ? Optional.empty()
                : Optional.of("El usuario debe tener de 8 a 20 letras o dígitos, sin espacios ni símbolos.");
    }

    /** The form usuarios are compared in: lower case, whatever the JVM's locale. */
    public static String key(String usuario) {
        return usuario.toLowerCase(Locale.ROOT);
    }
}
