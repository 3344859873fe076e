package mx.idse.certificate.crl;

import java.time.Instant;

/** One CRL as stored in table {@code crl}: its number, times, entry count and DER. */
public record StoredCrl(long crlNumber, Instant thisUpdate, Instant nextUpdate, int entries, byte[] der) {
}
