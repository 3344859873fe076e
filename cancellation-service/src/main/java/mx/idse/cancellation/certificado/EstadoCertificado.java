package mx.idse.cancellation.certificado;

/** Forward only: ACTIVO -> CANCELADO. Expiry is derived from the validity, never stored. */
public enum EstadoCertificado {
    ACTIVO,
    CANCELADO
}
