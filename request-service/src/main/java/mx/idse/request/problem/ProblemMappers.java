package mx.idse.request.problem;

import java.util.List;
import java.util.Locale;

import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/** Every error leaves the service as problem+json; internal detail never reaches a response. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response apiProblem(ApiProblem problem, UriInfo uri) {
        Response.ResponseBuilder response = respond(problem.status(), problem.code(), problem.getMessage(),
                problem.errors(), uri);
        problem.headers().forEach(response::header);
        return response.build();
    }

    /** Listing MismatchedInputException overrides Quarkus' own mapper for it, which is not problem+json. */
    @ServerExceptionMapper({ JsonProcessingException.class, MismatchedInputException.class })
    public Response unreadableBody(Exception e, UriInfo uri) {
        return respond(400, "CUERPO_INVALIDO",
                "El cuerpo de la petición no es un JSON válido o no tiene la forma esperada.", List.of(), uri).build();
    }

    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class })
    public Response unauthenticated(RuntimeException e, UriInfo uri) {
        return respond(401, "NO_AUTENTICADO",
                "Se requiere un token de operador válido (encabezado Authorization: Bearer).", List.of(), uri)
                .header("WWW-Authenticate", "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(403, "SIN_PERMISO", "El token no tiene el rol requerido para esta operación.", List.of(), uri)
                .build();
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, UriInfo uri) {
        return respond(404, "NO_ENCONTRADO", "El recurso solicitado no existe.", List.of(), uri).build();
    }

    @ServerExceptionMapper
    public Response notAllowed(NotAllowedException e, UriInfo uri) {
        return respond(405, "METODO_NO_PERMITIDO", "El método HTTP no está permitido en este recurso.", List.of(), uri)
                .allow(e.getResponse().getAllowedMethods()).build();
    }

    @ServerExceptionMapper
    public Response unsupportedMediaType(NotSupportedException e, UriInfo uri) {
        return respond(415, "TIPO_CONTENIDO_NO_SOPORTADO", "Envíe el cuerpo como application/json.", List.of(), uri)
                .build();
    }

    @ServerExceptionMapper
    public Response notAcceptable(NotAcceptableException e, UriInfo uri) {
        return respond(406, "FORMATO_NO_ACEPTABLE", "El recurso solo responde application/json.", List.of(), uri)
                .build();
    }

    @ServerExceptionMapper
    public Response otherHttpError(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, uri);
        }
        if (status == 400) {
            // Quarkus REST reports a body it cannot map to the resource's type this way.
            return unreadableBody(null, uri);
        }
        return respond(status, "PETICION_INVALIDA", "La petición no se pudo procesar.", List.of(), uri).build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        LOG.errorf(e, "Unexpected error on %s", uri.getPath());
        return respond(500, "ERROR_INTERNO", "Ocurrió un error interno; intente más tarde.", List.of(), uri).build();
    }

    /** The HTTP reason phrase; JAX-RS lacks some that this API uses. */
    private static String title(int status) {
        if (status == 422) {
            return "Unprocessable Content";
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        return known != null ? known.getReasonPhrase() : "Error";
    }

    private static Response.ResponseBuilder respond(int status, String code, String detail, List<FieldError> errors,
            UriInfo uri) {
        ProblemResponse body = new ProblemResponse(
                ProblemResponse.TYPE_BASE + code.toLowerCase(Locale.ROOT).replace('_', '-'),
                title(status),
                status, detail, uri.getPath(), code, errors);
        return Response.status(status).type(ProblemResponse.MEDIA_TYPE).entity(body);
    }
}
