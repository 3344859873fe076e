package mx.idse.identifiers;

import java.util.Optional;

/**
 * The contraseña chosen for a certificate's account: 8 to 20 letters or digits, like the usuario,
 * and not equal to it ignoring case. It is never normalised, stored (only its Argon2id hash) or
 * printed. A credential check does not apply this rule: it compares, and a contraseña that
 * breaks it simply does not match.
 */
public final class Contrasena {

    private Contrasena() {
    }

    /** @param usuario the account's usuario, or null when it is not known (then only the format is checked) */
    public static Optional<String> check(String contrasena, String usuario) {
        if (contrasena == null || !Usuario.FORMAT.matcher(contrasena).matches()) {
            return Optional.of("La contraseña debe tener de 8 a 20 letras o dígitos, sin espacios ni símbolos.");
        }
        if (contrasena.equalsIgnoreCase(usuario)) {
            return Optional.of("La contraseña no puede ser igual al usuario.");
        }
        return Optional.empty();
    }
}
