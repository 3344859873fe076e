package mx.idse.pki.pbe;

/**
 * A password-protected file refused on its parameters alone, before the password was used:
 * too many KDF iterations, too much scrypt memory, an algorithm not on the allowlist, too
 * large. The message is in Spanish and safe to show: it depends only on the file, never on
 * the password, so it reveals nothing about it.
 */
public class RefusedParametersException extends Exception {

    private static final long serialVersionUID = 1L;

    public RefusedParametersException(String message) {
        super(message);
    }
}
