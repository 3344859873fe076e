package mx.idse.certificate.authentication;

/** The second mode: the key stays with the client, which sends a CMS signature over a challenge. */
public record SignedChallengeBody(String numeroSerie, String usuario, String contrasena, String firma) {

    /** Keeps the password out of logs. */
    @Override
    public String toString() {
        return "SignedChallengeBody[numeroSerie=" + numeroSerie + ", usuario=" + usuario + "]";
    }
}
