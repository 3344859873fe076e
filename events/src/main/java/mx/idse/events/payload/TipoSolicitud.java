package mx.idse.events.payload;

/**
 * The request's type: a principal request (concluded in person at a Subdelegación) or an
 * additional one (concluded at once, the principal vouches for it). Every service stores and
 * sends this one enum; the type of the certificate it produces is {@link TipoCertificado}.
 */
public enum TipoSolicitud {
    PRINCIPAL,
    ADICIONAL
}
