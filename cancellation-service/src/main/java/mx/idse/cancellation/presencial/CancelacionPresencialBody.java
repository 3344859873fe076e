package mx.idse.cancellation.presencial;

import java.util.List;

/**
 * The operator's in-person cancellation.
 *
 * @param subdelegacion optional; when present it must be the token's (the token's is recorded)
 */
public record CancelacionPresencialBody(String numeroSerie, String motivo, List<String> documentosVerificados, String subdelegacion) {
}
