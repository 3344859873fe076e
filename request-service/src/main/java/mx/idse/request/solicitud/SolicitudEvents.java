package mx.idse.request.solicitud;

import mx.idse.events.payload.DomicilioFiscal;
import mx.idse.events.payload.Patron;
import mx.idse.events.payload.RepresentanteLegal;

/**
 * The one place where a stored request becomes the shapes of the event contract, so the entity
 * and the REST shapes never depend on event types and a contract change needs no migration.
 */
public final class SolicitudEvents {

    private SolicitudEvents() {
    }

    public static mx.idse.events.payload.TipoSolicitud tipo(SolicitudEntity s) {
        return mx.idse.events.payload.TipoSolicitud.valueOf(s.tipo.name());
    }

    /** The request's type as request-service knows it, from an event's. */
    public static TipoSolicitud tipo(mx.idse.events.payload.TipoSolicitud tipo) {
        return tipo == null ? null : TipoSolicitud.valueOf(tipo.name());
    }

    public static Patron patron(SolicitudEntity s) {
        return new Patron(mx.idse.events.payload.TipoPersona.valueOf(s.tipoPersona.name()), s.rfc, s.nombre,
                s.registroPatronal, s.patronCurp);
    }

    /** Null for a persona física without representative. */
    public static RepresentanteLegal representanteLegal(SolicitudEntity s) {
        return s.representanteNombre == null ? null : new RepresentanteLegal(s.representanteNombre, s.representanteCurp);
    }

    public static DomicilioFiscal domicilioFiscal(SolicitudEntity s) {
        return new DomicilioFiscal(s.calle, s.numeroExterior, s.numeroInterior, s.colonia, s.codigoPostal, s.municipio,
                s.entidadFederativa);
    }
}
