package mx.idse.request.conclusion;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

import mx.idse.platform.operador.OperadorToken;
import mx.idse.request.intake.SolicitudResource;
import mx.idse.request.solicitud.SolicitudResponse;

/**
 * What the Subdelegación operator does in person: conclude or reject a request. Who acts is the
 * token's subject and where is its {@code subdelegacion} claim; both are checked before the folio.
 */
@Path("/api/v1/solicitudes/{folio}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("operador")
@SecurityRequirement(name = "operador")
public class OperadorResource {

    private final ConclusionService conclusions;
    private final JsonWebToken operator;

    OperadorResource(ConclusionService conclusions, JsonWebToken operator) {
        this.conclusions = conclusions;
        this.operator = operator;
    }

    @POST
    @Path("/conclusion")
    @Operation(summary = "Concluir una solicitud tras verificar los documentos (rol operador)")
    public SolicitudResponse conclude(@PathParam("folio") String folio, ConclusionBody body) {
        String subdelegacion = OperadorToken.subdelegacion(operator, body == null ? null : body.subdelegacion());
        return conclusions.conclude(SolicitudResource.canonicalFolio(folio), OperadorToken.operadorId(operator),
                subdelegacion, body);
    }

    @POST
    @Path("/rechazo")
    @Operation(summary = "Rechazar una solicitud (rol operador)")
    public SolicitudResponse reject(@PathParam("folio") String folio, RejectionBody body) {
        String subdelegacion = OperadorToken.subdelegacion(operator, body == null ? null : body.subdelegacion());
        return conclusions.reject(SolicitudResource.canonicalFolio(folio), OperadorToken.operadorId(operator),
                subdelegacion, body);
    }
}
