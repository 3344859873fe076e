package mx.idse.cancellation.cancelacion;

/** Where a cancellation was asked for; CertificateCancelled carries the name as {@code origen}. */
public enum Canal {
    /** By the holder (or its principal) through the API, proven by the credential check. */
    EN_LINEA,
    /** By an operator at a Subdelegación after checking the documents. */
    PRESENCIAL
}
