package mx.idse.request.solicitud;

/**
 * Something accepted at intake that the operator must confirm in person before concluding.
 *
 * @param campo   the field, as in a 400's field list (e.g. {@code patron.rfc})
 * @param codigo  stable code for machines (docs/request-lifecycle.md lists them)
 * @param mensaje what to check, in Spanish
 */
public record Advertencia(String campo, String codigo, String mensaje) {

    /** SAT has issued RFCs whose check digit does not validate; the TIP shows the real one. */
    public static final String RFC_DIGITO_VERIFICADOR = "RFC_DIGITO_VERIFICADOR";
}
