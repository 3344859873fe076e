package mx.idse.cancellation.presencial;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

import mx.idse.cancellation.cancelacion.CancelacionResource;
import mx.idse.cancellation.cancelacion.CancelacionOrder;
import mx.idse.cancellation.cancelacion.CancelacionService;
import mx.idse.events.payload.MotivoCancelacion;
import mx.idse.platform.operador.OperadorToken;
import mx.idse.platform.problem.ApiProblem;
import mx.idse.platform.problem.ProblemCode;

/**
 * The operator cancels at the Subdelegación after checking the three documents; also the
 * forgotten-password path (motivo OLVIDO_CONTRASENA). Who acts is the token's subject and where is
 * its {@code subdelegacion} claim, both checked before the body.
 */
@Path(CancelacionResource.PATH + "/presenciales")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("operador")
@SecurityRequirement(name = "operador")
public class CancelacionPresencialResource {

    private final CancelacionService cancellations;
    private final JsonWebToken operator;

    CancelacionPresencialResource(CancelacionService cancellations, JsonWebToken operator) {
        this.cancellations = cancellations;
        this.operator = operator;
    }

    @POST
    @Operation(summary = "Cancelar en la Subdelegación tras verificar los documentos (rol operador)")
    public Response cancel(CancelacionPresencialBody body) {
        String subdelegacion = OperadorToken.subdelegacion(operator, body == null ? null : body.subdelegacion());
        if (body == null) {
            throw new ApiProblem(ProblemCode.CUERPO_INVALIDO, "Envíe numeroSerie, motivo y documentosVerificados.");
        }
        MotivoCancelacion motivo = CancelacionPresencialValidator.validate(body);
        return CancelacionResource.created(cancellations.cancel(
                CancelacionOrder.presencial(body.numeroSerie(), motivo, OperadorToken.operadorId(operator), subdelegacion)));
    }
}
