package mx.idse.request.intake;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import io.quarkus.narayana.jta.QuarkusTransaction;
import mx.idse.identifiers.Folio;
import mx.idse.platform.problem.ApiProblem;
import mx.idse.request.solicitud.SolicitudEntity;
import mx.idse.request.solicitud.SolicitudResponse;
import mx.idse.request.submission.IdempotencyKeyHeader;
import mx.idse.request.submission.Submissions;

/** Public intake API: submit a principal request, check one without creating it, and look it up by folio. */
@Path("/api/v1/solicitudes")
@Produces(MediaType.APPLICATION_JSON)
public class SolicitudResource {

    private final IntakeService intake;

    SolicitudResource(IntakeService intake) {
        this.intake = intake;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Nueva solicitud de certificado digital principal")
    public Response submit(
            @Parameter(description = "Clave única por solicitud: un reintento con la misma clave y los mismos datos devuelve el mismo folio")
            @HeaderParam("Idempotency-Key") String idempotencyKey,
            SolicitudBody body) {
        Submissions.Outcome outcome = intake.submit(body, IdempotencyKeyHeader.checked(idempotencyKey));
        return outcome.created(NuevaSolicitudResponse.of(outcome.solicitud(), outcome.privateKeyPem()));
    }

    @POST
    @Path("/validacion")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Revisar los datos de una solicitud sin crearla",
            description = "El mismo cuerpo que POST /api/v1/solicitudes, completo o parcial: solo se revisan los campos"
                    + " presentes (una página puede revisar cada campo al salir de él). 200 con las advertencias, o 400"
                    + " DATOS_INVALIDOS con todos los errores. No crea nada, no calcula ningún hash y nunca dice si un"
                    + " usuario está ocupado.")
    public AdvertenciasResponse check(SolicitudBody body) {
        return new AdvertenciasResponse(intake.check(body));
    }

    @GET
    @Path("/{folio}")
    @Operation(summary = "Estado de una solicitud")
    public SolicitudResponse get(@PathParam("folio") String folio) {
        String canonical = canonicalFolio(folio);
        return QuarkusTransaction.requiringNew().call(() -> SolicitudEntity.findByFolio(canonical)
                .map(SolicitudResponse::of)
                .orElseThrow(() -> ApiProblem.notFound("No existe una solicitud con el folio " + canonical + ".")));
    }

    /** The canonical folio, or 404 for text that cannot be one (also catches typos via its check symbol). */
    public static String canonicalFolio(String folio) {
        Folio.check(folio).ifPresent(problem -> {
            throw ApiProblem.notFound(problem);
        });
        return Folio.normalize(folio).orElseThrow();
    }
}
