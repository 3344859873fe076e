package mx.idse.pki.crl;

import java.math.BigInteger;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;

/**
 * A growable byte buffer with the few DER encodings a CRL needs (tag + length headers, INTEGER,
 * RFC 5280 Time). It exists so a million revoked entries become one byte array, not a million
 * ASN.1 objects. Not thread-safe.
 */
final class DerBuffer {

    static final int SEQUENCE = 0x30;
    private static final int INTEGER = 0x02;
    private static final int UTC_TIME = 0x17;
    private static final int GENERALIZED_TIME = 0x18;
    /** 1950-01-01T00:00:00Z and 2050-01-01T00:00:00Z: UTCTime covers the instants between. */
    private static final long UTC_FROM = -631_152_000L;
    private static final long UTC_UNTIL = 2_524_608_000L;

    private byte[] data;
    private int size;

    DerBuffer(int initialCapacity) {
        this.data = new byte[Math.max(16, initialCapacity)];
    }

    int size() {
        return size;
    }

    byte[] data() {
        return data;
    }

    byte[] toByteArray() {
        return Arrays.copyOf(data, size);
    }

    void write(int b) {
        ensure(1);
        data[size++] = (byte) b;
    }

    void write(byte[] bytes) {
        write(bytes, 0, bytes.length);
    }

    void write(byte[] bytes, int offset, int length) {
        ensure(length);
        System.arraycopy(bytes, offset, data, size, length);
        size += length;
    }

    /** Tag and definite length of a value of {@code length} bytes. */
    void header(int tag, int length) {
        write(tag);
        if (length < 0x80) {
            write(length);
            return;
        }
        int octets = lengthOctets(length);
        write(0x80 | octets);
        for (int shift = 8 * (octets - 1); shift >= 0; shift -= 8) {
            write(length >>> shift);
        }
    }

    /** Bytes a tag-and-length header takes for a value of {@code length} bytes. */
    static int headerSize(int length) {
        return length < 0x80 ? 2 : 2 + lengthOctets(length);
    }

    private static int lengthOctets(int length) {
        return (Integer.SIZE - Integer.numberOfLeadingZeros(length) + 7) / 8;
    }

    /** INTEGER: BigInteger's two's complement is already the minimal DER form (a 0x00 before a high bit). */
    void integer(byte[] twosComplement) {
        header(INTEGER, twosComplement.length);
        write(twosComplement);
    }

    static int integerSize(byte[] twosComplement) {
        return headerSize(twosComplement.length) + twosComplement.length;
    }

    static byte[] twosComplement(BigInteger value) {
        return value.toByteArray();
    }

    /**
     * RFC 5280 4.1.2.5: UTCTime (YYMMDDHHMMSSZ) for years 1950 to 2049, GeneralizedTime
     * (YYYYMMDDHHMMSSZ) otherwise; whole seconds, no fraction.
     */
    void time(long epochSecond) {
        LocalDateTime t = LocalDateTime.ofEpochSecond(epochSecond, 0, ZoneOffset.UTC);
        int year = t.getYear();
        if (utc(year)) {
            header(UTC_TIME, 13);
            twoDigits(year % 100);
        } else {
            header(GENERALIZED_TIME, 15);
            twoDigits(year / 100);
            twoDigits(year % 100);
        }
        twoDigits(t.getMonthValue());
        twoDigits(t.getDayOfMonth());
        twoDigits(t.getHour());
        twoDigits(t.getMinute());
        twoDigits(t.getSecond());
        write('Z');
    }

    static int timeSize(long epochSecond) {
        return epochSecond >= UTC_FROM && epochSecond < UTC_UNTIL ? 15 : 17;
    }

    private static boolean utc(int year) {
        return year >= 1950 && year <= 2049;
    }

    private void twoDigits(int value) {
        ensure(2);
        data[size++] = (byte) ('0' + value / 10);
        data[size++] = (byte) ('0' + value % 10);
    }

    private void ensure(int more) {
        if (size + more > data.length) {
            long wanted = Math.max((long) data.length * 2, (long) size + more);
            if (wanted > Integer.MAX_VALUE - 16) {
                throw new IllegalStateException("CRL larger than 2 GiB");
            }
            data = Arrays.copyOf(data, (int) wanted);
        }
    }
}
