package mx.idse.request.conclusion;

/**
 * Body of the operator's rejection.
 *
 * @param motivo        code from {@code GET /api/v1/catalogos/motivos-rechazo}
 * @param subdelegacion optional; the operator token's claim decides, and a different value is refused
 */
public record RejectionBody(String motivo, String subdelegacion) {
}
