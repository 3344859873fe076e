package mx.idse.events.payload;

/** Principal certificate of the employer, or additional one for its staff. */
public enum TipoSolicitud {
    PRINCIPAL,
    ADICIONAL
}
