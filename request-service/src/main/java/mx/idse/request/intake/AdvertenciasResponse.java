package mx.idse.request.intake;

import java.util.List;

import mx.idse.request.solicitud.Advertencia;

/**
 * Answer of {@code POST /api/v1/solicitudes/validacion} when no field is wrong: the advertencias
 * intake would give (the same shape as in its 201), an empty list when there are none.
 */
public record AdvertenciasResponse(List<Advertencia> advertencias) {
}
