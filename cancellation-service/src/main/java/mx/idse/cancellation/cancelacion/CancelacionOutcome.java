package mx.idse.cancellation.cancelacion;

import java.util.List;

/** A cancellation and the serials of the additional certificates it cascaded to. */
public record CancelacionOutcome(CancelacionEntity cancelacion, List<String> adicionalesCancelados) {
}
