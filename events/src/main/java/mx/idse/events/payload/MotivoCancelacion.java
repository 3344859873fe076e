package mx.idse.events.payload;

/**
 * Why a certificate was cancelled: the one table from the IMSS motivo to the RFC 5280 CRLReason
 * that goes into the CRL and OCSP answers. {@link CertificateCancelled#motivo()} carries the name.
 * {@code unspecified} (0) is never written as a reasonCode entry (RFC 5280, 5.3.1).
 */
public enum MotivoCancelacion {
    /** The key or the .pfx and its password may be in someone else's hands. */
    PERDIDA_O_ROBO(1, "keyCompromise", "pérdida o robo del certificado o de la llave privada"),
    /** The holder cannot open the .pfx any more; the procedure ends in a new request. */
    OLVIDO_CONTRASENA(4, "superseded", "olvido de la contraseña"),
    /** The employer's or the holder's data changed; a new certificate replaces it. */
    CAMBIO_DE_DATOS(3, "affiliationChanged", "cambio de datos del patrón o del titular"),
    /** The employer stopped operating. */
    CESE_DE_OPERACIONES(5, "cessationOfOperation", "cese de operaciones del patrón"),
    /** The holder asked for it without another reason. */
    SOLICITUD_DEL_TITULAR(0, "unspecified", "solicitud del titular"),
    /**
     * An additional certificate whose principal was cancelled: set by the cascade only. Not
     * privilegeWithdrawn (9), which fits as well but which OpenSSL 3 prints as "(UNKNOWN)".
     */
    PRINCIPAL_CANCELADO(5, "cessationOfOperation", "cancelación del certificado principal");

    private final int reasonCode;
    private final String reasonName;
    private final String descripcion;

    MotivoCancelacion(int reasonCode, String reasonName, String descripcion) {
        this.reasonCode = reasonCode;
        this.reasonName = reasonName;
        this.descripcion = descripcion;
    }

    /** RFC 5280 CRLReason value (org.bouncycastle.asn1.x509.CRLReason uses the same numbers). */
    public int reasonCode() {
        return reasonCode;
    }

    /** RFC 5280 name of the reason, as OpenSSL prints it in camel case. */
    public String reasonName() {
        return reasonName;
    }

    /** Spanish phrase for people: "Motivo: pérdida o robo ...". */
    public String descripcion() {
        return descripcion;
    }

    /** Whether a person may choose it (the cascade's motivo is set by the system alone). */
    public boolean elegible() {
        return this != PRINCIPAL_CANCELADO;
    }
}
