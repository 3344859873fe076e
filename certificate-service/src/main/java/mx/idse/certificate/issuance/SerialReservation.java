package mx.idse.certificate.issuance;

import java.util.Objects;

import mx.idse.pki.certificates.SerialNumbers;

/**
 * Step 3 of issuance: a fresh 15-digit serial, reserved before anything is signed with it. A draw
 * is random, not unique; the store's unique key decides, and a taken serial means drawing again.
 * With about 2^50 serials a collision is rare, so a run of them means something is broken.
 */
public final class SerialReservation {

    /** Where serials are reserved: true when the serial was free and is now the folio's. */
    @FunctionalInterface
    public interface Store {
        boolean tryReserve(String serial, String folio);
    }

    static final int MAX_ATTEMPTS = 10;

    private final SerialNumbers serials;
    private final Store store;

    public SerialReservation(SerialNumbers serials, Store store) {
        this.serials = Objects.requireNonNull(serials, "serials");
        this.store = Objects.requireNonNull(store, "store");
    }

    /** A serial no other certificate has or will ever get. */
    public String reserve(String folio) {
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            String serial = serials.next();
            if (store.tryReserve(serial, folio)) {
                return serial;
            }
        }
        throw new IllegalStateException(MAX_ATTEMPTS + " serial draws in a row were taken: the random source is broken");
    }
}
