package mx.idse.cancellation.certificado;

/** Principal certificate of the employer, or additional one for its staff. */
public enum TipoCertificado {
    PRINCIPAL,
    ADICIONAL
}
