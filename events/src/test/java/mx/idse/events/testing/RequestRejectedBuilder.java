package mx.idse.events.testing;

import java.time.Instant;

import mx.idse.events.payload.RequestRejected;
import mx.idse.events.payload.TipoSolicitud;

/** A principal request rejected in person for incomplete documents; see {@link EventPayloads}. */
public final class RequestRejectedBuilder {

    private String folio = EventPayloads.FOLIO;
    private String correo = EventPayloads.CORREO;
    private String nombre = EventPayloads.RAZON_SOCIAL;
    private String motivo = "DOCUMENTACION_INCOMPLETA";
    private String motivoDescripcion = "No se presentó la documentación completa";
    private String subdelegacion = EventPayloads.SUBDELEGACION;
    private Instant fechaRechazo = Instant.now();

    RequestRejectedBuilder() {
    }

    public RequestRejectedBuilder folio(String folio) {
        this.folio = folio;
        return this;
    }

    public RequestRejectedBuilder correo(String correo) {
        this.correo = correo;
        return this;
    }

    public RequestRejectedBuilder nombre(String nombre) {
        this.nombre = nombre;
        return this;
    }

    public RequestRejectedBuilder motivo(String motivo, String motivoDescripcion) {
        this.motivo = motivo;
        this.motivoDescripcion = motivoDescripcion;
        return this;
    }

    public RequestRejectedBuilder subdelegacion(String subdelegacion) {
        this.subdelegacion = subdelegacion;
        return this;
    }

    public RequestRejectedBuilder fechaRechazo(Instant fechaRechazo) {
        this.fechaRechazo = fechaRechazo;
        return this;
    }

    public RequestRejected build() {
        return new RequestRejected(folio, TipoSolicitud.PRINCIPAL, correo, nombre, motivo, motivoDescripcion,
                subdelegacion, fechaRechazo);
    }
}
