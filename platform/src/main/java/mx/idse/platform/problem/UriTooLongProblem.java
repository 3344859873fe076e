package mx.idse.platform.problem;

import java.util.List;

import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.vertx.core.http.HttpServerRequest;

/**
 * Refuses a request URI (path and query) over 4096 characters with a problem+json 414. Vert.x
 * answers a request line over {@code quarkus.http.limits.max-initial-line-length} itself, with an
 * empty 414 that no Quarkus code can reach; services therefore raise that hard ceiling above this
 * limit (16 KiB), so every URI between the two gets this answer instead.
 */
public class UriTooLongProblem {

    public static final int MAX_URI_CHARS = 4096;

    @ServerRequestFilter(preMatching = true)
    public Response refuseLongUris(HttpServerRequest request) {
        String uri = request.uri();
        if (uri == null || uri.length() <= MAX_URI_CHARS) {
            return null;
        }
        // No instance: echoing the huge URI back helps nobody.
        ProblemResponse body = ProblemResponse.of(ProblemCode.URI_DEMASIADO_LARGA,
                "La URI de la petición excede el máximo de " + MAX_URI_CHARS + " caracteres.", null, List.of());
        return Response.status(body.status()).type(ProblemResponse.MEDIA_TYPE).entity(body).build();
    }
}
