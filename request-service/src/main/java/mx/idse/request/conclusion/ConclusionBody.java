package mx.idse.request.conclusion;

import java.util.List;

/**
 * Body of the operator's conclusion: which documents were checked in person.
 *
 * @param subdelegacion optional; the operator token's claim decides, and a different value is refused
 */
public record ConclusionBody(String subdelegacion, List<String> documentosVerificados) {
}
