package mx.idse.certificate.issuance;

/** The stable {@code motivo} of a CertificateIssuanceFailed: what machines and templates key on. */
public enum MotivoFalla {
    /** The CSR is not one PEM PKCS#10 request, or its signature algorithm is not on the allowlist. */
    CSR_INVALIDA,
    /** The public key is refused by the key policy (size, exponent, curve, known weakness, blocklist). */
    LLAVE_DEBIL,
    /** The CSR's signature does not verify with its own key: no proof of possession. */
    FIRMA_CSR_INVALIDA,
    /** The request data cannot go into a certificate (names, identifiers, missing holder). */
    DATOS_INVALIDOS,
    /** An additional certificate whose principal is unknown, cancelled or expired. */
    PRINCIPAL_NO_VIGENTE,
    /** The principal already has the most active additional certificates allowed. */
    LIMITE_ADICIONALES
}
