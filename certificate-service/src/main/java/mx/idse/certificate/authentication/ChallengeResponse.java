package mx.idse.certificate.authentication;

/**
 * A login challenge: sign the decoded {@code reto} bytes with CMS SignedData (SHA-256, content
 * attached) and send the signature before {@code expira} (Mexico City time).
 */
public record ChallengeResponse(String reto, String expira) {
}
