package mx.idse.cancellation.cancelacion;

import mx.idse.events.payload.MotivoCancelacion;

/**
 * What to cancel and on whose word.
 *
 * @param solicitadaPor online: the serial that passed the credential check; null in person
 * @param operador      in person: the operator's JWT subject; null online
 * @param subdelegacion in person: the token's Subdelegación; null online
 */
public record CancelacionOrder(String numeroSerie, MotivoCancelacion motivo, Canal canal, String solicitadaPor,
                                String operador, String subdelegacion) {

    public static CancelacionOrder enLinea(String numeroSerie, MotivoCancelacion motivo, String holderSerial) {
        return new CancelacionOrder(numeroSerie, motivo, Canal.EN_LINEA, holderSerial, null, null);
    }

    public static CancelacionOrder presencial(String numeroSerie, MotivoCancelacion motivo, String operador,
                                             String subdelegacion) {
        return new CancelacionOrder(numeroSerie, motivo, Canal.PRESENCIAL, null, operador, subdelegacion);
    }
}
