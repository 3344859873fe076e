package mx.idse.certificate.certificado;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The NPIE of a patrón (RFC + registro patronal), made with its first principal certificate. */
@Entity
@Table(name = "npie")
@IdClass(NpieEntity.Patron.class)
public class NpieEntity extends PanacheEntityBase {

    @Id
    public String rfc;
    /** 11 characters, without dashes. */
    @Id
    public String registroPatronal;
    public String npie;
    public Instant createdAt;

    /** Primary key: the patrón. */
    public record Patron(String rfc, String registroPatronal) implements Serializable {
        public Patron() {
            this(null, null);
        }
    }
}
