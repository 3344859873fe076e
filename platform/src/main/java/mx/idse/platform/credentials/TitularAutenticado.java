package mx.idse.platform.credentials;

/**
 * Who passed certificate-service's credential check: the certificate the caller proved it holds.
 *
 * @param tipo {@code PRINCIPAL} or {@code ADICIONAL}
 */
public record TitularAutenticado(String numeroSerie, String npie, String rfc, String tipo) {

    public boolean principal() {
        return "PRINCIPAL".equals(tipo);
    }
}
