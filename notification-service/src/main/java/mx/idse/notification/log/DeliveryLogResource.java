package mx.idse.notification.log;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import mx.idse.notification.delivery.Notification;
import mx.idse.platform.problem.ApiProblem;
import mx.idse.platform.problem.ProblemCode;

/** The delivery log: which emails went to an address or about a folio, and how their delivery went. */
@Path("/api/v1/notificaciones")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("operador")
@SecurityRequirement(name = "operador")
public class DeliveryLogResource {

    static final int MAX_ENTRIES = 100;

    @GET
    @Operation(summary = "Bitácora de correos por correo y/o folio, los más recientes primero (rol operador)")
    public List<DeliveryLogEntry> search(@QueryParam("correo") String correo, @QueryParam("folio") String folio) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (correo != null && !correo.isBlank()) {
            conditions.add("lower(recipient) = :correo");
            parameters.put("correo", correo.strip().toLowerCase());
        }
        if (folio != null && !folio.isBlank()) {
            conditions.add("folio = :folio");
            parameters.put("folio", folio.strip().toUpperCase());
        }
        if (conditions.isEmpty()) {
            throw new ApiProblem(ProblemCode.DATOS_INVALIDOS, "Indica el correo, el folio o ambos.");
        }
        return Notification.<Notification>find(String.join(" and ", conditions), Sort.descending("createdAt", "id"),
                parameters).page(Page.ofSize(MAX_ENTRIES)).list().stream().map(DeliveryLogEntry::of).toList();
    }
}
