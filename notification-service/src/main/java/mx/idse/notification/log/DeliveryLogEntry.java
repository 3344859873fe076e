package mx.idse.notification.log;

import mx.idse.notification.delivery.NotificacionEntity;
import mx.idse.platform.time.MexicoCity;

/**
 * One email as the operator sees it in the delivery log; never its body.
 *
 * @param plantilla     what the email says, e.g. {@code request-submitted}
 * @param estado        PENDING, SENT or FAILED
 * @param siguienteIntento when a PENDING email is tried again
 */
public record DeliveryLogEntry(
        String folio,
        String correo,
        String plantilla,
        String asunto,
        String estado,
        int intentos,
        String ultimoError,
        String creada,
        String siguienteIntento,
        String enviada,
        String messageId) {

    static DeliveryLogEntry of(NotificacionEntity n) {
        return new DeliveryLogEntry(n.folio, n.recipient, n.template, n.subject, n.status.name(), n.attempts,
                n.lastError, MexicoCity.format(n.createdAt), MexicoCity.format(n.nextAttemptAt),
                MexicoCity.format(n.sentAt), n.messageId);
    }
}
