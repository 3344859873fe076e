package mx.idse.events.payload;

/**
 * The employer a request is for.
 *
 * @param registroPatronal 11 characters, without dashes
 * @param curp             the patrón's own CURP: a persona física's, when no legal representative
 *                         applies for it; null otherwise
 */
public record Patron(TipoPersona tipoPersona, String rfc, String nombre, String registroPatronal, String curp) {
}
