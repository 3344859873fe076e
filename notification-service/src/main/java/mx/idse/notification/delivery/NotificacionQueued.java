package mx.idse.notification.delivery;

/** CDI event: a transaction recorded an email to send; after its commit the sender starts at once. */
public record NotificacionQueued() {
}
