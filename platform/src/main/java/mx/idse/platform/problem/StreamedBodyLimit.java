package mx.idse.platform.problem;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The body limit for a body that declares no length (chunked). {@link PayloadTooLargeProblem}
 * refuses a declared Content-Length over {@value PayloadTooLargeProblem#MAX_BODY_BYTES} bytes before
 * reading anything; a chunked body can only be counted while it streams in, and the REST layer's own
 * limit ends such a request with a bare 413 that no exception mapper can reach. So this route, ahead
 * of the REST layer, reads a chunked body up to the limit and hands it over whole, or answers the
 * same problem+json 413 as every other oversized body and closes the connection.
 */
@ApplicationScoped
public class StreamedBodyLimit {

    /** Ahead of RESTEasy Reactive's route. */
    static final int ROUTE_ORDER = -100;

    private static final ObjectMapper JSON = new ObjectMapper();

    void install(@Observes Router router) {
        router.route().order(ROUTE_ORDER).handler(this::limit);
    }

    private void limit(RoutingContext context) {
        if (streamsABody(context.request())) {
            new StreamedBody(context).read();
        } else {
            context.next();
        }
    }

    /** One chunked body, read on its request's event-loop thread. */
    private static final class StreamedBody {
        private final RoutingContext context;
        private final Buffer body = Buffer.buffer();
        private boolean refused;

        StreamedBody(RoutingContext context) {
            this.context = context;
        }

        void read() {
            context.request().handler(this::chunk).endHandler(end -> end());
        }

        private void chunk(Buffer chunk) {
            if (refused) {
                return;
            }
            if (body.length() + chunk.length() > PayloadTooLargeProblem.MAX_BODY_BYTES) {
                refused = true;
                refuse(context);
                return;
            }
            body.appendBuffer(chunk);
        }

        private void end() {
            if (!refused) {
                // RESTEasy Reactive reads a body that is already there instead of the connection
                // (setBody is deprecated for applications' own handlers; it is exactly this use).
                context.setBody(body);
                context.next();
            }
        }
    }

    /** A request that may carry a body without declaring its length (HTTP/1.1 chunked, HTTP/2 streams). */
    private static boolean streamsABody(HttpServerRequest request) {
        HttpMethod method = request.method();
        boolean mayHaveBody = method == HttpMethod.POST || method == HttpMethod.PUT || method == HttpMethod.PATCH;
        return mayHaveBody && request.getHeader(HttpHeaders.CONTENT_LENGTH) == null;
    }

    private static void refuse(RoutingContext context) {
        ProblemResponse problem = ProblemResponse.of(ProblemCode.CUERPO_DEMASIADO_GRANDE,
                "El cuerpo de la petición excede el máximo de 64 KiB.", context.request().path(), List.of());
        String json;
        try {
            json = JSON.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            json = "{\"status\":413,\"code\":\"CUERPO_DEMASIADO_GRANDE\"}";
        }
        context.response().setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, ProblemResponse.MEDIA_TYPE)
                // The rest of the body is not read: the connection cannot be reused.
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(json)
                .onComplete(ignored -> context.request().connection().close());
    }
}
