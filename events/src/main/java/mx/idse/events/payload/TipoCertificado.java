package mx.idse.events.payload;

/**
 * The certificate's type: the patrón's principal certificate (concluded in person), or an
 * additional one for its staff under the principal's NPIE. Every service stores and sends this
 * one enum; a request's type is {@link TipoSolicitud}.
 */
public enum TipoCertificado {
    PRINCIPAL,
    ADICIONAL;

    /** The type of the certificate a request of this type produces. */
    public static TipoCertificado of(TipoSolicitud solicitud) {
        return solicitud == TipoSolicitud.ADICIONAL ? ADICIONAL : PRINCIPAL;
    }
}
