package mx.idse.certificate.crl;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.smallrye.common.annotation.Blocking;

/** The same CRL as {@code /crl}, in PEM for people and tools that want text. */
@Path("/crl.pem")
@Blocking
public class CrlPemResource {

    private final CrlResponses responses;

    CrlPemResource(CrlResponses responses) {
        this.responses = responses;
    }

    @GET
    @Produces(CrlResponses.PEM_FILE)
    @Operation(summary = "Lista de revocación (CRL X.509 v2) en PEM")
    public Response crl() {
        return responses.pem();
    }
}
