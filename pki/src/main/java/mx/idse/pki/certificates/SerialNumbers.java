package mx.idse.pki.certificates;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.Objects;

import mx.idse.identifiers.NumeroSerie;

/**
 * Certificate serial numbers: 15 decimal digits drawn from a CSPRNG, uniform over [10^14, 10^15)
 * (about 49.7 bits), the same number in the X.509 {@code serialNumber} and, always as a string, in
 * JSON (docs/certificate-subject.md, "Serial number"). The format every service checks is the
 * identifiers module's {@link NumeroSerie}; this class draws serials and turns them into X.509's.
 *
 * <p>A draw is random, not unique: uniqueness is the issuing service's job (a unique constraint
 * on the serial column; draw again on a collision). Thread-safe ({@link SecureRandom} is).
 */
public final class SerialNumbers {

    public static final long LOWEST = 100_000_000_000_000L; // 10^14
    public static final long HIGHEST = 999_999_999_999_999L; // 10^15 - 1
    private static final long COUNT = HIGHEST - LOWEST + 1; // 9 * 10^14 < 2^50
    private static final int DRAW_BITS = 50;

    private final SecureRandom random;

    public SerialNumbers() {
        this(new SecureRandom());
    }

    public SerialNumbers(SecureRandom random) {
        this.random = Objects.requireNonNull(random, "random");
    }

    /** A new serial such as {@code "482915730046128"}. */
    public String next() {
        return Long.toString(LOWEST + uniformBelowCount());
    }

    /** True for exactly 15 ASCII digits without a leading zero: the identifiers module's {@link NumeroSerie} rule. */
    public static boolean isValid(String serial) {
        return NumeroSerie.isValid(serial);
    }

    /** The X.509 serial for a 15-digit serial; refuses anything else. */
    public static BigInteger toBigInteger(String serial) {
        if (!isValid(serial)) {
            throw new IllegalArgumentException("not a 15-digit serial number: " + serial);
        }
        return new BigInteger(serial);
    }

    /**
     * Rejection sampling: 50 random bits are uniform over [0, 2^50); keeping only draws below
     * 9 * 10^14 (80% of them) leaves them uniform over [0, 9 * 10^14), where a modulo would
     * favour the low values.
     */
    private long uniformBelowCount() {
        long draw;
        do {
            draw = random.nextLong() >>> (Long.SIZE - DRAW_BITS);
        } while (draw >= COUNT);
        return draw;
    }
}
