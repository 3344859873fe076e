package mx.idse.events;

/** Kafka topic names shared by every service (DESIGN.md, "Events"). */
public final class Topics {

    /** Request lifecycle, keyed by folio. */
    public static final String REQUESTS = "idse.requests";
    /** RequestConcluded only: carries the CSR and the password hash, read by certificate-service alone. */
    public static final String ISSUANCE = "idse.issuance";
    /** Certificate lifecycle, keyed by serial (folio when there is none). */
    public static final String CERTIFICATES = "idse.certificates";
    /** Cancellations, keyed by serial. */
    public static final String CANCELLATIONS = "idse.cancellations";
    /** Events that could not be read or handled, with the reason in the headers. */
    public static final String DEAD_LETTERS = "idse.dlq";

    private Topics() {
    }
}
