package mx.idse.pki.pbe;

/**
 * The file does not open with the password: wrong password, damaged file, not a key or PKCS#12
 * at all, or a key without its certificate. One type and one message for every cause, and no
 * cause attached, so neither the answer nor the log tells a guesser which it was.
 */
public class UnreadableCredentialException extends Exception {

    private static final long serialVersionUID = 1L;

    public static final String MESSAGE = "No se pudo abrir el archivo con la contraseña proporcionada.";

    public UnreadableCredentialException() {
        super(MESSAGE);
    }
}
