package mx.idse.events.testing;

import java.time.Instant;

import mx.idse.events.payload.RequestWithdrawn;
import mx.idse.events.payload.TipoSolicitud;

/** A principal request withdrawn by the applicant now; see {@link EventPayloads}. */
public final class RequestWithdrawnBuilder {

    private String folio = EventPayloads.FOLIO;
    private String correo = EventPayloads.CORREO;
    private String nombre = EventPayloads.RAZON_SOCIAL;
    private Instant fechaRetiro = Instant.now();

    RequestWithdrawnBuilder() {
    }

    public RequestWithdrawnBuilder folio(String folio) {
        this.folio = folio;
        return this;
    }

    public RequestWithdrawnBuilder correo(String correo) {
        this.correo = correo;
        return this;
    }

    public RequestWithdrawnBuilder nombre(String nombre) {
        this.nombre = nombre;
        return this;
    }

    public RequestWithdrawnBuilder fechaRetiro(Instant fechaRetiro) {
        this.fechaRetiro = fechaRetiro;
        return this;
    }

    public RequestWithdrawn build() {
        return new RequestWithdrawn(folio, TipoSolicitud.PRINCIPAL, correo, nombre, fechaRetiro);
    }
}
