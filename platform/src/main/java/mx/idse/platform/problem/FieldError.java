package mx.idse.platform.problem;

/**
 * One invalid field of a request body.
 *
 * @param campo   JSON path of the field, e.g. {@code patron.rfc}
 * @param mensaje Spanish reason
 */
public record FieldError(String campo, String mensaje) {
}
