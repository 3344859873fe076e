package mx.idse.events.payload;

/**
 * The employer a request is for.
 *
 * @param registroPatronal 11 characters, without dashes
 */
public record Patron(TipoPersona tipoPersona, String rfc, String nombre, String registroPatronal) {
}
