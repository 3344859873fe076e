package mx.idse.events.payload;

import java.time.Instant;

/**
 * A certificate was cancelled (revoked).
 *
 * @param motivo        name of a {@link MotivoCancelacion}, e.g. {@code PERDIDA_O_ROBO}; its RFC 5280 reason code is in the enum
 * @param origen        {@code EN_LINEA} or {@code PRESENCIAL}
 * @param operador      JWT subject of the operator for an in-person cancellation
 * @param principalSerial for an additional certificate, its principal's serial
 */
public record CertificateCancelled(
        String serial,
        String folio,
        TipoCertificado tipo,
        String npie,
        String correo,
        String motivo,
        String origen,
        Instant fechaCancelacion,
        String operador,
        String subdelegacion,
        String principalSerial,
        String principalCorreo) {
}
