package mx.idse.request.solicitud;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One line of a request's audit trail: the state it reached, who moved it, where. */
@Entity
@Table(name = "solicitud_audit")
public class SolicitudAuditEntity extends PanacheEntityBase {

    /** The actor of changes no person made (expiry, certificate events). */
    public static final String SYSTEM = "sistema";
    /** The actor of changes the applicant made online. */
    public static final String APPLICANT = "solicitante";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String folio;
    public String estado;
    public String actor;
    public String subdelegacion;
    public String detalle;
    public Instant at;

    /** Appends a line for the request's current state. */
    public static void record(SolicitudEntity solicitud, String actor, String detalle, Instant at) {
        SolicitudAuditEntity line = new SolicitudAuditEntity();
        line.folio = solicitud.folio;
        line.estado = solicitud.estado.name();
        line.actor = actor;
        line.subdelegacion = solicitud.subdelegacion;
        line.detalle = detalle;
        line.at = at;
        line.persist();
    }
}
