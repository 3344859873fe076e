package mx.idse.certificate.crl;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.smallrye.common.annotation.Blocking;

/** The CRL distribution point written in every certificate ({@code idse.certificates.crl-url}). */
@Path("/crl")
@Blocking
public class CrlResource {

    private final CrlResponses responses;

    CrlResource(CrlResponses responses) {
        this.responses = responses;
    }

    @GET
    @Produces(CrlResponses.PKIX_CRL)
    @Operation(summary = "Lista de revocación (CRL X.509 v2, DER) de la AC emisora")
    public Response crl() {
        return responses.der();
    }
}
