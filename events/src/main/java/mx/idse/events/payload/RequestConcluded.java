package mx.idse.events.payload;

import java.time.Instant;

/**
 * The request was approved; certificate-service issues the certificate from it. Published only on
 * {@code idse.issuance}, which only certificate-service may read: it carries the password hash.
 *
 * @param passwordHash    Argon2id PHC string of the account password (never the password)
 * @param csr             PEM PKCS#10 request with the subject's public key
 * @param npie            the principal's NPIE for an additional request; null for a principal
 * @param principalSerial the principal certificate's serial for an additional request
 */
public record RequestConcluded(
        String folio,
        TipoSolicitud tipo,
        String correo,
        Patron patron,
        RepresentanteLegal representanteLegal,
        DomicilioFiscal domicilioFiscal,
        String usuario,
        String passwordHash,
        String csr,
        String subdelegacion,
        String operador,
        Instant fechaConclusion,
        String npie,
        String principalSerial,
        String principalCorreo) {

    /** Keeps the hash out of logs and toString-based debugging. */
    @Override
    public String toString() {
        return "RequestConcluded[folio=" + folio + ", tipo=" + tipo + "]";
    }
}
