package mx.idse.request.catalogo;

import java.util.Arrays;
import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import mx.idse.identifiers.EntidadFederativa;
import mx.idse.request.solicitud.DocumentoRequerido;
import mx.idse.request.solicitud.MotivoRechazo;
import mx.idse.events.payload.TipoPersona;

/** Catalogues for frontends, so no list is copied into a client. */
@Path("/api/v1/catalogos")
@Produces(MediaType.APPLICATION_JSON)
public class CatalogoResource {

    /** Entidad federativa: INEGI key and official name. */
    public record Entidad(String clave, String nombre) {
    }

    /** A document the operator checks in person, and who must bring it. */
    public record Documento(String codigo, String descripcion, List<TipoPersona> aplicaA) {
    }

    /** A rejection reason. */
    public record Motivo(String codigo, String descripcion) {
    }

    @GET
    @Path("/entidades")
    @Operation(summary = "Las 32 entidades federativas")
    public Response entidades() {
        return cached(Arrays.stream(EntidadFederativa.values()).map(e -> new Entidad(e.clave(), e.nombre())).toList());
    }

    @GET
    @Path("/documentos")
    @Operation(summary = "Documentos que se verifican en la Subdelegación")
    public Response documentos() {
        return cached(Arrays.stream(DocumentoRequerido.values())
                .map(d -> new Documento(d.name(), d.descripcion(), d.aplicaA())).toList());
    }

    @GET
    @Path("/motivos-rechazo")
    @Operation(summary = "Motivos de rechazo de una solicitud")
    public Response motivosRechazo() {
        return cached(Arrays.stream(MotivoRechazo.values()).map(m -> new Motivo(m.name(), m.descripcion())).toList());
    }

    private static Response cached(Object body) {
        CacheControl cache = new CacheControl();
        cache.setMaxAge(3600);
        return Response.ok(body).cacheControl(cache).build();
    }
}
