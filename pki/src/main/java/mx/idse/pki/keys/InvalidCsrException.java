package mx.idse.pki.keys;

/** A CSR that cannot be accepted; the message is in Spanish and safe to show to the applicant. */
public class InvalidCsrException extends Exception {

    private static final long serialVersionUID = 1L;

    public InvalidCsrException(String message) {
        super(message);
    }

    public InvalidCsrException(String message, Throwable cause) {
        super(message, cause);
    }
}
