package mx.idse.platform.problem;

import java.util.List;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses bodies over 64 KiB with the same problem+json every other error has, before reading
 * them. (The HTTP layer's own limit, set a little higher in application.properties, still stops
 * chunked bodies that declare no length, with a bare 413.)
 */
public class PayloadTooLargeProblem {

    public static final long MAX_BODY_BYTES = 64 * 1024;

    @ServerRequestFilter(preMatching = true)
    public Response refuseLargeBodies(ContainerRequestContext request) {
        String declared = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (declared == null) {
            return null;
        }
        long length;
        try {
            length = Long.parseLong(declared.trim());
        } catch (NumberFormatException e) {
            return null;
        }
        if (length <= MAX_BODY_BYTES) {
            return null;
        }
        ProblemResponse body = ProblemResponse.of(ProblemCode.CUERPO_DEMASIADO_GRANDE,
                "El cuerpo de la petición excede el máximo de 64 KiB.", request.getUriInfo().getPath(), List.of());
        return Response.status(body.status()).type(ProblemResponse.MEDIA_TYPE).entity(body).build();
    }
}
