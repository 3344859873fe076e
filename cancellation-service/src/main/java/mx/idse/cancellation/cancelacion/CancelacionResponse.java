package mx.idse.cancellation.cancelacion;

import java.util.List;
import java.util.UUID;

import mx.idse.platform.time.MexicoCity;

/**
 * A cancellation as the holder and the operator see it.
 *
 * @param motivo                the catalogue code (/api/v1/catalogos/motivos-cancelacion)
 * @param fecha                 ISO-8601 in Mexico City time
 * @param adicionalesCancelados serials of the additional certificates cancelled with a principal
 */
public record CancelacionResponse(UUID id, String numeroSerie, String motivo, Canal canal, String fecha,
                                  List<String> adicionalesCancelados) {

    public static CancelacionResponse of(CancelacionOutcome cancellation) {
        CancelacionEntity c = cancellation.cancelacion();
        return new CancelacionResponse(c.id, c.numeroSerie, c.motivo, c.canal, MexicoCity.format(c.fecha),
                cancellation.adicionalesCancelados());
    }
}
