package mx.idse.certificate.install;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.server.multipart.MultipartFormDataInput;

import mx.idse.platform.upload.FormParts;

/**
 * The holder's .pfx from their .key and contraseña (multipart: {@code llave}, {@code contrasena};
 * see {@link FormParts} on keeping them in memory).
 */
@Path("/api/v1/certificados/{numeroSerie}/pfx")
public class PfxResource {

    private final PfxService pfx;

    PfxResource(PfxService pfx) {
        this.pfx = pfx;
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(CertificadoFiles.PKCS12)
    @Operation(summary = "Arma el .pfx (llave, certificado y cadena) con la llave privada cifrada y su contraseña")
    public Response build(@PathParam("numeroSerie") String numeroSerie, MultipartFormDataInput form) {
        String contrasena = FormParts.text(form, "contrasena");
        byte[] file = pfx.build(numeroSerie, FormParts.bytes(form, "llave"), contrasena == null ? null : contrasena.toCharArray());
        return Response.ok(file)
                .header(HttpHeaders.CONTENT_DISPOSITION, CertificadoFiles.attachment(numeroSerie, "pfx"))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }
}
