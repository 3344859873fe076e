package mx.idse.request.conclusion;

/**
 * Body of the operator's rejection.
 *
 * @param motivo code from {@code GET /api/v1/catalogos/motivos-rechazo}
 */
public record RejectionBody(String motivo, String subdelegacion) {
}
