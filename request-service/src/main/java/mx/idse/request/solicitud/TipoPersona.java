package mx.idse.request.solicitud;

/**
 * Persona física (13-character RFC) or moral (12). request-service's own type, stored as its
 * name; {@link SolicitudEvents} maps it to the event contract's type.
 */
public enum TipoPersona {
    FISICA,
    MORAL
}
