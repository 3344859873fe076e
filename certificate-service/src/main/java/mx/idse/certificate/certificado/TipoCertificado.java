package mx.idse.certificate.certificado;

/** Principal (the patrón's, concluded in person) or adicional (staff, under the principal's NPIE). */
public enum TipoCertificado {
    PRINCIPAL,
    ADICIONAL
}
