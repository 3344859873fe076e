package mx.idse.request.conclusion;

import java.util.List;

/** Body of the operator's conclusion: where, and which documents were checked in person. */
public record ConclusionBody(String subdelegacion, List<String> documentosVerificados) {
}
