package mx.idse.events.testing;

import java.time.Instant;
import java.time.LocalDate;

import mx.idse.events.payload.RequestExpired;
import mx.idse.events.payload.TipoSolicitud;

/** A principal request whose deadline passed; see {@link EventPayloads}. */
public final class RequestExpiredBuilder {

    private String folio = EventPayloads.FOLIO;
    private String correo = EventPayloads.CORREO;
    private String nombre = EventPayloads.RAZON_SOCIAL;
    private LocalDate fechaLimite = EventPayloads.today().minusDays(1);
    private Instant fechaVencimiento = Instant.now();

    RequestExpiredBuilder() {
    }

    public RequestExpiredBuilder folio(String folio) {
        this.folio = folio;
        return this;
    }

    public RequestExpiredBuilder correo(String correo) {
        this.correo = correo;
        return this;
    }

    public RequestExpiredBuilder nombre(String nombre) {
        this.nombre = nombre;
        return this;
    }

    public RequestExpiredBuilder fechaLimite(LocalDate fechaLimite) {
        this.fechaLimite = fechaLimite;
        return this;
    }

    public RequestExpiredBuilder fechaVencimiento(Instant fechaVencimiento) {
        this.fechaVencimiento = fechaVencimiento;
        return this;
    }

    public RequestExpired build() {
        return new RequestExpired(folio, TipoSolicitud.PRINCIPAL, correo, nombre, fechaLimite, fechaVencimiento);
    }
}
