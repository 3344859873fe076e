package mx.idse.notification.log;

import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

import mx.idse.notification.delivery.NotificacionStore;
import mx.idse.platform.problem.ApiProblem;
import mx.idse.platform.problem.ProblemCode;

/** The delivery log: which emails went to an address or about a folio, and how their delivery went. */
@Path("/api/v1/notificaciones")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("operador")
@SecurityRequirement(name = "operador")
public class DeliveryLogResource {

    static final int MAX_ENTRIES = 100;

    private final NotificacionStore notificaciones;

    DeliveryLogResource(NotificacionStore notificaciones) {
        this.notificaciones = notificaciones;
    }

    @GET
    @Operation(summary = "Bitácora de correos por correo y/o folio, los más recientes primero (rol operador)")
    public List<DeliveryLogEntry> search(@QueryParam("correo") String correo, @QueryParam("folio") String folio) {
        String byCorreo = correo == null || correo.isBlank() ? null : correo.strip().toLowerCase(Locale.ROOT);
        String byFolio = folio == null || folio.isBlank() ? null : folio.strip().toUpperCase(Locale.ROOT);
        if (byCorreo == null && byFolio == null) {
            throw new ApiProblem(ProblemCode.DATOS_INVALIDOS, "Indica el correo, el folio o ambos.");
        }
        return notificaciones.log(byCorreo, byFolio, MAX_ENTRIES).stream().map(DeliveryLogEntry::of).toList();
    }
}
