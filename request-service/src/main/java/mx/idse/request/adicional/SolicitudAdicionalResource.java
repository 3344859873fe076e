package mx.idse.request.adicional;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.server.multipart.MultipartFormDataInput;

import mx.idse.platform.credentials.CredentialCheckClient;
import mx.idse.platform.problem.ApiProblem;
import mx.idse.platform.problem.ProblemCode;
import mx.idse.platform.upload.FormParts;
import mx.idse.request.submission.IdempotencyKeyHeader;
import mx.idse.request.submission.Submissions;

/**
 * Additional certificates for a principal's staff: the principal proves possession with its .pfx
 * (multipart, fields without a filename, see {@link FormParts}) or a signed challenge (JSON).
 */
@Path("/api/v1/solicitudes/adicionales")
@Produces(MediaType.APPLICATION_JSON)
public class SolicitudAdicionalResource {

    private final SolicitudAdicionalService additionals;
    private final CredentialCheckClient credentialCheck;

    SolicitudAdicionalResource(SolicitudAdicionalService additionals, CredentialCheckClient credentialCheck) {
        this.additionals = additionals;
        this.credentialCheck = credentialCheck;
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Nueva solicitud de certificado adicional, con el .pfx, usuario y contraseña del principal")
    public Response submitWithPfx(
            @Parameter(description = "Clave única por solicitud: un reintento con la misma clave y los mismos datos devuelve el mismo folio")
            @HeaderParam("Idempotency-Key") String idempotencyKey,
            MultipartFormDataInput form) {
        byte[] pfx = FormParts.bytes(form, "certificado");
        String usuario = FormParts.text(form, "usuario");
        String contrasena = FormParts.text(form, "contrasena");
        TitularAdicionalInput holder = new TitularAdicionalInput(FormParts.text(form, "nombre"),
                FormParts.text(form, "curp"), FormParts.text(form, "correo"), FormParts.text(form, "usuarioAdicional"),
                FormParts.text(form, "contrasenaAdicional"), FormParts.text(form, "csr"));
        return created(additionals.submit(holder, () -> credentialCheck.withPfx(pfx, usuario, contrasena),
                IdempotencyKeyHeader.checked(idempotencyKey)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Nueva solicitud de certificado adicional, con un reto firmado por la llave del principal")
    public Response submitWithSignedChallenge(
            @Parameter(description = "Clave única por solicitud: un reintento con la misma clave y los mismos datos devuelve el mismo folio")
            @HeaderParam("Idempotency-Key") String idempotencyKey,
            SolicitudAdicionalBody body) {
        if (body == null) {
            throw new ApiProblem(ProblemCode.CUERPO_INVALIDO,
                    "Envíe numeroSerie, usuario, contrasena y firma del principal, y los datos del titular adicional.");
        }
        return created(additionals.submit(body.holder(), () -> credentialCheck.withSignedChallenge(body.principalProof()),
                IdempotencyKeyHeader.checked(idempotencyKey)));
    }

    private static Response created(Submissions.Outcome outcome) {
        return outcome.created(SolicitudAdicionalResponse.of(outcome.solicitud(), outcome.privateKeyPem()));
    }
}
