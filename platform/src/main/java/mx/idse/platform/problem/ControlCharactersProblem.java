package mx.idse.platform.problem;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses a path or query parameter that holds a control character (U+0000 to U+001F, U+007F to
 * U+009F) with a problem+json 400, before any resource sees it. No identifier, date or search term
 * of the API contains one, and a NUL byte passed on to PostgreSQL fails the query (a 500 from
 * outside, e.g. {@code ?npie=%00}). JSON bodies are checked field by field by their validators.
 */
public class ControlCharactersProblem {

    @ServerRequestFilter(preMatching = true)
    public Response refuseControlCharacters(ContainerRequestContext request) {
        boolean inPath = hasControl(request.getUriInfo().getPath(true));
        boolean inQuery = request.getUriInfo().getQueryParameters(true).entrySet().stream()
                .anyMatch(ControlCharactersProblem::hasControl);
        if (!inPath && !inQuery) {
            return null;
        }
        ProblemResponse body = ProblemResponse.of(ProblemCode.PETICION_INVALIDA, "La petición contiene caracteres de"
                + " control (por ejemplo un byte nulo) en la ruta o en sus parámetros; ningún dato de esta API los lleva.",
                null, List.of());
        return Response.status(body.status()).type(ProblemResponse.MEDIA_TYPE).entity(body).build();
    }

    private static boolean hasControl(Map.Entry<String, List<String>> parameter) {
        return hasControl(parameter.getKey()) || parameter.getValue().stream().anyMatch(ControlCharactersProblem::hasControl);
    }

    static boolean hasControl(String text) {
        return text != null && text.chars().anyMatch(Character::isISOControl);
    }
}
