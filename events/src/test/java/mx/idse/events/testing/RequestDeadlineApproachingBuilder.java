package mx.idse.events.testing;

import java.time.LocalDate;

import mx.idse.events.payload.RequestDeadlineApproaching;
import mx.idse.events.payload.TipoSolicitud;

/** A principal request two business days from its deadline; see {@link EventPayloads}. */
public final class RequestDeadlineApproachingBuilder {

    private String folio = EventPayloads.FOLIO;
    private String correo = EventPayloads.CORREO;
    private String nombre = EventPayloads.RAZON_SOCIAL;
    private LocalDate fechaLimite = EventPayloads.fechaLimite();
    private int diasHabilesRestantes = 2;

    RequestDeadlineApproachingBuilder() {
    }

    public RequestDeadlineApproachingBuilder folio(String folio) {
        this.folio = folio;
        return this;
    }

    public RequestDeadlineApproachingBuilder correo(String correo) {
        this.correo = correo;
        return this;
    }

    public RequestDeadlineApproachingBuilder nombre(String nombre) {
        this.nombre = nombre;
        return this;
    }

    public RequestDeadlineApproachingBuilder fechaLimite(LocalDate fechaLimite) {
        this.fechaLimite = fechaLimite;
        return this;
    }

    public RequestDeadlineApproachingBuilder diasHabilesRestantes(int diasHabilesRestantes) {
        this.diasHabilesRestantes = diasHabilesRestantes;
        return this;
    }

    public RequestDeadlineApproaching build() {
        return new RequestDeadlineApproaching(folio, TipoSolicitud.PRINCIPAL, correo, nombre, fechaLimite,
                diasHabilesRestantes);
    }
}
