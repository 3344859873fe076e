package mx.idse.pki.challenge;

/**
 * A challenge signature that cannot be accepted, with the reason for logs and tests. The
 * credential check answers every reason with the same 401, so the reason never reaches a client.
 */
public class InvalidChallengeSignatureException extends Exception {

    private static final long serialVersionUID = 1L;

    public enum Reason {
        MALFORMED("La firma no es un CMS SignedData válido."),
        TOO_LARGE("La firma excede el tamaño máximo."),
        CONTENT_MISMATCH("El contenido firmado no es el reto emitido."),
        SIGNER_COUNT("La firma debe tener exactamente un firmante."),
        WEAK_ALGORITHM("La firma debe usar SHA-256, SHA-384 o SHA-512 con RSA o ECDSA."),
        NO_SIGNER_CERTIFICATE("No se encontró el certificado del firmante."),
        SIGNER_KEY_REFUSED("La llave del certificado firmante no es aceptable."),
        BAD_SIGNATURE("La firma no corresponde al certificado.");

        private final String detail;

        Reason(String detail) {
            this.detail = detail;
        }
    }

    private final Reason reason;

    public InvalidChallengeSignatureException(Reason reason) {
        super(reason.detail);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
