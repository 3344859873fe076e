package mx.idse.request.solicitud;

import mx.idse.events.payload.DomicilioFiscal;
import mx.idse.events.payload.Patron;
import mx.idse.events.payload.RepresentanteLegal;

/** The one place where a stored request's columns become the nested shapes of the event contract. */
public final class SolicitudEvents {

    private SolicitudEvents() {
    }

    public static Patron patron(SolicitudEntity s) {
        return new Patron(s.tipoPersona, s.rfc, s.nombre, s.registroPatronal, s.patronCurp);
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
