package mx.idse.events.testing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import mx.idse.events.payload.Patron;
import mx.idse.events.payload.RequestSubmitted;
import mx.idse.events.payload.TipoSolicitud;

/** A principal request of a persona moral unless told otherwise; see {@link EventPayloads}. */
public final class RequestSubmittedBuilder {

    private String folio = EventPayloads.FOLIO;
    private TipoSolicitud tipo = TipoSolicitud.PRINCIPAL;
    private Patron patron = EventPayloads.patronMoral();
    private String correo = EventPayloads.CORREO;
    private Instant fechaSolicitud = Instant.now();
    private LocalDate fechaLimite = EventPayloads.fechaLimite();
    private List<String> documentosRequeridos = List.of("IDENTIFICACION_OFICIAL", "TARJETA_IDENTIFICACION_PATRONAL");
    private String npie;
    private String principalSerial;
    private String principalCorreo;

    RequestSubmittedBuilder() {
    }

    /** An additional request: concluded at once, so no deadline and no documents; under the principal's NPIE. */
    public RequestSubmittedBuilder adicionalOf(String npie, String principalSerial, String principalCorreo) {
        this.tipo = TipoSolicitud.ADICIONAL;
        this.fechaLimite = null;
        this.documentosRequeridos = List.of();
        this.npie = npie;
        this.principalSerial = principalSerial;
        this.principalCorreo = principalCorreo;
        return this;
    }

    public RequestSubmittedBuilder folio(String folio) {
        this.folio = folio;
        return this;
    }

    public RequestSubmittedBuilder patron(Patron patron) {
        this.patron = patron;
        return this;
    }

    public RequestSubmittedBuilder correo(String correo) {
        this.correo = correo;
        return this;
    }

    public RequestSubmittedBuilder fechaSolicitud(Instant fechaSolicitud) {
        this.fechaSolicitud = fechaSolicitud;
        return this;
    }

    public RequestSubmittedBuilder fechaLimite(LocalDate fechaLimite) {
        this.fechaLimite = fechaLimite;
        return this;
    }

    public RequestSubmittedBuilder documentosRequeridos(String... documentosRequeridos) {
        this.documentosRequeridos = List.of(documentosRequeridos);
        return this;
    }

    public RequestSubmitted build() {
        return new RequestSubmitted(folio, tipo, patron, correo, fechaSolicitud, fechaLimite, documentosRequeridos, npie,
                principalSerial, principalCorreo);
    }
}
