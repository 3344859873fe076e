package mx.idse.request.solicitud;

import java.util.EnumSet;
import java.util.Set;

/** Request states (DESIGN.md "Lifecycle"). States only move forward. */
public enum EstadoSolicitud {
    PENDIENTE,
    CONCLUIDA,
    ATENDIDA,
    FALLIDA,
    RECHAZADA,
    VENCIDA,
    RETIRADA;

    /** The states a request may move to from this one. */
    public Set<EstadoSolicitud> next() {
        return switch (this) {
            case PENDIENTE -> EnumSet.of(CONCLUIDA, RECHAZADA, VENCIDA, RETIRADA);
            case CONCLUIDA -> EnumSet.of(ATENDIDA, FALLIDA);
            default -> EnumSet.noneOf(EstadoSolicitud.class);
        };
    }

    public boolean canMoveTo(EstadoSolicitud target) {
        return next().contains(target);
    }
}
