package mx.idse.request.solicitud;

/**
 * Principal certificate of the employer, or additional one for its staff. request-service's own
 * type, stored as its name; {@link SolicitudEvents} maps it to the event contract's type.
 */
public enum TipoSolicitud {
    PRINCIPAL,
    ADICIONAL
}
