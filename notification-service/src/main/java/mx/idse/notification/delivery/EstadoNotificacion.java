package mx.idse.notification.delivery;

/** Where one email stands. */
public enum EstadoNotificacion {
    /** Waiting for its first or next attempt. */
    PENDING,
    /** The SMTP server accepted it. */
    SENT,
    /** Every attempt failed; counted and left for a person to look at. */
    FAILED
}
