package mx.idse.certificate.certificado;

/** Stored state; expiry is derived from {@code notAfter}, never stored. States only move forward. */
public enum EstadoCertificado {
    ACTIVO,
    CANCELADO
}
