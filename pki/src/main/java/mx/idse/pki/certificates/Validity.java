package mx.idse.pki.certificates;

import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A certificate's validity period, whole seconds (X.509 times have no fractions).
 *
 * @param notBefore first instant the certificate is valid
 * @param notAfter  last instant the certificate is valid (inclusive, as in RFC 5280)
 */
public record Validity(Instant notBefore, Instant notAfter) {

    public Validity {
        Objects.requireNonNull(notBefore, "notBefore");
        Objects.requireNonNull(notAfter, "notAfter");
        notBefore = notBefore.truncatedTo(ChronoUnit.SECONDS);
        notAfter = notAfter.truncatedTo(ChronoUnit.SECONDS);
        if (!notAfter.isAfter(notBefore)) {
            throw new IllegalArgumentException("notAfter must be after notBefore: " + notBefore + " / " + notAfter);
        }
    }

    /**
     * The requested period kept inside the issuing CA's: it starts no earlier than the CA's
     * notBefore and ends no later than the CA's notAfter, so the certificate never outlives
     * the certificate that vouches for it.
     *
     * @throws IllegalStateException when nothing of the requested period is inside the CA's
     *                               (the CA is expired or not yet valid): issuance must stop
     */
    public static Validity withinIssuingCa(X509Certificate issuingCa, Instant requestedStart, Duration requestedLength) {
        Objects.requireNonNull(issuingCa, "issuingCa");
        Objects.requireNonNull(requestedStart, "requestedStart");
        if (requestedLength == null || requestedLength.isNegative() || requestedLength.isZero()) {
            throw new IllegalArgumentException("requestedLength must be positive: " + requestedLength);
        }
        Instant caNotBefore = issuingCa.getNotBefore().toInstant();
        Instant caNotAfter = issuingCa.getNotAfter().toInstant();
        Instant start = requestedStart.isBefore(caNotBefore) ? caNotBefore : requestedStart;
        Instant end = requestedStart.plus(requestedLength);
        if (end.isAfter(caNotAfter)) {
            end = caNotAfter;
        }
        if (!end.truncatedTo(ChronoUnit.SECONDS).isAfter(start.truncatedTo(ChronoUnit.SECONDS))) {
            throw new IllegalStateException("the issuing CA is not valid for the requested period: CA "
                    + caNotBefore + " to " + caNotAfter + ", requested from " + requestedStart);
        }
        return new Validity(start, end);
    }

    public Duration length() {
        return Duration.between(notBefore, notAfter);
    }
}
