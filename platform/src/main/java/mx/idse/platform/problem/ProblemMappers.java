package mx.idse.platform.problem;

import java.util.List;

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
import mx.idse.pki.credentials.CryptoGateSaturatedException;
import mx.idse.pki.credentials.TooManyAttemptsException;

/** Every error leaves the service as problem+json; internal detail never reaches a response. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response apiProblem(ApiProblem problem, UriInfo uri) {
        Response.ResponseBuilder response = respond(problem.code(), problem.getMessage(), problem.errors(), uri);
        problem.headers().forEach(response::header);
        return response.build();
    }

    /** A share of pki's crypto gate is full: come back in a moment. */
    @ServerExceptionMapper
    public Response cryptoGateSaturated(CryptoGateSaturatedException e, UriInfo uri) {
        return apiProblem(problemOf(e), uri);
    }

    /** pki's credential throttle has locked the target: come back when the lockout ends. */
    @ServerExceptionMapper
    public Response tooManyAttempts(TooManyAttemptsException e, UriInfo uri) {
        return apiProblem(problemOf(e), uri);
    }

    static ApiProblem problemOf(CryptoGateSaturatedException e) {
        return ApiProblem.retryAfter(ProblemCode.SERVICIO_SATURADO,
                "El servicio está atendiendo muchas solicitudes; intente de nuevo en unos segundos.", e.retryAfterSeconds());
    }

    static ApiProblem problemOf(TooManyAttemptsException e) {
        return ApiProblem.retryAfter(ProblemCode.DEMASIADOS_INTENTOS, "Demasiados intentos fallidos; intente de nuevo en "
                + e.retryAfterSeconds() + " segundos.", e.retryAfterSeconds());
    }

    /** Listing MismatchedInputException overrides Quarkus' own mapper for it, which is not problem+json. */
    @ServerExceptionMapper({ JsonProcessingException.class, MismatchedInputException.class })
    public Response unreadableBody(Exception e, UriInfo uri) {
        return respond(ProblemCode.CUERPO_INVALIDO,
                "El cuerpo de la petición no es un JSON válido o no tiene la forma esperada.", List.of(), uri).build();
    }

    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class })
    public Response unauthenticated(RuntimeException e, UriInfo uri) {
        return respond(ProblemCode.NO_AUTENTICADO,
                "Se requiere un token de operador válido (encabezado Authorization: Bearer).", List.of(), uri)
                .header("WWW-Authenticate", "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(ProblemCode.SIN_PERMISO, "El token no tiene el rol requerido para esta operación.", List.of(), uri)
                .build();
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, UriInfo uri) {
        return respond(ProblemCode.NO_ENCONTRADO, "El recurso solicitado no existe.", List.of(), uri).build();
    }

    @ServerExceptionMapper
    public Response notAllowed(NotAllowedException e, UriInfo uri) {
        return respond(ProblemCode.METODO_NO_PERMITIDO, "El método HTTP no está permitido en este recurso.", List.of(), uri)
                .allow(e.getResponse().getAllowedMethods()).build();
    }

    @ServerExceptionMapper
    public Response unsupportedMediaType(NotSupportedException e, UriInfo uri) {
        return respond(ProblemCode.TIPO_CONTENIDO_NO_SOPORTADO,
                "El tipo de contenido del cuerpo no es el que acepta este recurso (normalmente application/json).",
                List.of(), uri).build();
    }

    @ServerExceptionMapper
    public Response notAcceptable(NotAcceptableException e, UriInfo uri) {
        return respond(ProblemCode.FORMATO_NO_ACEPTABLE,
                "El recurso no puede responder en ninguno de los formatos del encabezado Accept.", List.of(), uri)
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
        ProblemResponse body = ProblemResponse.of(ProblemCode.PETICION_INVALIDA, status,
                "La petición no se pudo procesar.", uri.getPath(), List.of());
        return Response.status(status).type(ProblemResponse.MEDIA_TYPE).entity(body).build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        LOG.errorf(e, "Unexpected error on %s", uri.getPath());
        return respond(ProblemCode.ERROR_INTERNO, "Ocurrió un error interno; intente más tarde.", List.of(), uri).build();
    }

    private static Response.ResponseBuilder respond(ProblemCode code, String detail, List<FieldError> errors,
            UriInfo uri) {
        ProblemResponse body = ProblemResponse.of(code, detail, uri.getPath(), errors);
        return Response.status(code.status()).type(ProblemResponse.MEDIA_TYPE).entity(body);
    }
}
