package mx.idse.certificate.revocation;

import java.time.Instant;

/**
 * CDI event fired after the transaction that marked a certificate CANCELADO committed: the CRL
 * and the pre-signed OCSP answers are refreshed from it. Other replicas learn the change from
 * the database, not from this event.
 */
public record CertificateRevoked(String numeroSerie, Instant revokedAt) {
}
