package mx.idse.cancellation.cancelacion;

import java.net.URI;
import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import mx.idse.platform.problem.ApiProblem;

/** A cancellation by its id, and the 201 answer both cancellation routes give. */
@Path(CancelacionResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
public class CancelacionResource {

    public static final String PATH = "/api/v1/cancelaciones";

    private final CancelacionService cancellations;

    CancelacionResource(CancelacionService cancellations) {
        this.cancellations = cancellations;
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Consultar una cancelación")
    public CancelacionResponse get(@PathParam("id") String id) {
        return CancelacionResponse.of(cancellations.find(parseId(id)));
    }

    /** 201 with the cancellation and its Location. */
    public static Response created(CancelacionOutcome cancellation) {
        CancelacionResponse body = CancelacionResponse.of(cancellation);
        return Response.created(URI.create(PATH + "/" + body.id())).entity(body).build();
    }

    private static UUID parseId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.notFound("No existe la cancelación " + id + ".");
        }
    }
}
