package mx.idse.cancellation.enlinea;

/**
 * Online cancellation with a signed challenge instead of the .pfx (the key stays with the holder).
 *
 * @param numeroSerie          the serial of the certificate that signed the challenge (the holder's)
 * @param firma                base64 CMS signature over a challenge from certificate-service
 * @param numeroSerieACancelar a principal cancelling one of its additional certificates names it here
 */
public record CancelacionEnLineaBody(String numeroSerie, String usuario, String contrasena, String firma, String motivo,
                                  String numeroSerieACancelar) {

    /** Keeps the password out of logs. */
    @Override
    public String toString() {
        return "CancelacionEnLineaBody[numeroSerie=" + numeroSerie + ", usuario=" + usuario + ", motivo=" + motivo
                + ", numeroSerieACancelar=" + numeroSerieACancelar + "]";
    }
}
