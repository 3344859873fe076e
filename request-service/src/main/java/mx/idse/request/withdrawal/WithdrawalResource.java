package mx.idse.request.withdrawal;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import mx.idse.request.intake.SolicitudResource;
import mx.idse.request.solicitud.SolicitudResponse;

/** The applicant withdraws a request that is still PENDIENTE. */
@Path("/api/v1/solicitudes/{folio}/retiro")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WithdrawalResource {

    private final WithdrawalService withdrawals;

    WithdrawalResource(WithdrawalService withdrawals) {
        this.withdrawals = withdrawals;
    }

    @POST
    @Operation(summary = "Retirar una solicitud PENDIENTE con usuario y contraseña")
    public SolicitudResponse withdraw(@PathParam("folio") String folio, WithdrawalBody body) {
        return withdrawals.withdraw(SolicitudResource.canonicalFolio(folio), body);
    }
}
