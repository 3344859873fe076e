package mx.idse.cancellation.enlinea;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.server.multipart.MultipartFormDataInput;

import mx.idse.cancellation.cancelacion.CancelacionResource;
import mx.idse.platform.upload.FormParts;

/**
 * The holder cancels its certificate online. Two modes on one route, told apart by Content-Type
 * as certificate-service's credential check is: multipart with the .pfx (send the fields without a
 * filename, {@code curl -F 'certificado=<archivo.pfx'}), or JSON with a signed challenge.
 */
@Path(CancelacionResource.PATH + "/en-linea")
@Produces(MediaType.APPLICATION_JSON)
public class CancelacionEnLineaResource {

    private final CancelacionEnLineaService online;

    CancelacionEnLineaResource(CancelacionEnLineaService online) {
        this.online = online;
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Cancelar en línea con el .pfx, usuario y contraseña (numeroSerie: un adicional propio)")
    public Response withPfx(MultipartFormDataInput form) {
        return CancelacionResource.created(online.withPfx(FormParts.bytes(form, "certificado"),
                FormParts.text(form, "usuario"), FormParts.text(form, "contrasena"), FormParts.text(form, "motivo"),
                FormParts.text(form, "numeroSerie")));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Cancelar en línea con un reto firmado, usuario y contraseña")
    public Response withSignedChallenge(CancelacionEnLineaBody body) {
        return CancelacionResource.created(online.withSignedChallenge(body));
    }
}
