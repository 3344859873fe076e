package mx.idse.platform.credentials;

/**
 * The credential check's second mode: a CMS signature ({@code firma}, base64) over a challenge from
 * certificate-service's {@code POST /api/v1/autenticaciones/retos}; the key stays with the client.
 */
public record SignedChallenge(String numeroSerie, String usuario, String contrasena, String firma) {

    /** Keeps the password out of logs. */
    @Override
    public String toString() {
        return "SignedChallenge[numeroSerie=" + numeroSerie + ", usuario=" + usuario + "]";
    }
}
