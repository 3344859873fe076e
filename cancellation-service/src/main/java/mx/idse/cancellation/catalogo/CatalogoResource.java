package mx.idse.cancellation.catalogo;

import java.util.Arrays;
import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import mx.idse.cancellation.cancelacion.Canal;
import mx.idse.cancellation.cancelacion.Motivos;
import mx.idse.events.payload.MotivoCancelacion;

/** The cancellation motivos for frontends, so no list is copied into a client. */
@Path("/api/v1/catalogos")
@Produces(MediaType.APPLICATION_JSON)
public class CatalogoResource {

    /**
     * A cancellation motivo with its RFC 5280 reason (code and name as OpenSSL prints it).
     *
     * @param presencial whether the in-person route takes it (not PRINCIPAL_CANCELADO, set by the cascade only)
     * @param enLinea    whether the online route takes it (nor OLVIDO_CONTRASENA: without the password one cannot authenticate)
     */
    public record Motivo(String codigo, String descripcion, int codigoRfc5280, String razonRfc5280, boolean presencial,
                         boolean enLinea) {
    }

    @GET
    @Path("/motivos-cancelacion")
    @Operation(summary = "Motivos de cancelación de un certificado y su razón RFC 5280")
    public Response motivosCancelacion() {
        List<Motivo> motivos = Arrays.stream(MotivoCancelacion.values())
                .map(m -> new Motivo(m.name(), m.descripcion(), m.reasonCode(), m.reasonName(),
                        Motivos.allowed(m, Canal.PRESENCIAL), Motivos.allowed(m, Canal.EN_LINEA)))
                .toList();
        CacheControl cache = new CacheControl();
        cache.setMaxAge(3600);
        return Response.ok(motivos).cacheControl(cache).build();
    }
}
