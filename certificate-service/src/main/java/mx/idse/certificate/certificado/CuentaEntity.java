package mx.idse.certificate.certificado;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * The account of one certificate: the usuario and the Argon2id PHC hash from RequestConcluded.
 * Never a password (the table refuses anything but {@code $argon2id$...}); never logged.
 */
@Entity
@Table(name = "account")
public class CuentaEntity extends PanacheEntityBase {

    @Id
    public String numeroSerie;
    public String usuario;
    public String passwordHash;
    public Instant createdAt;

    /** Keeps the hash out of logs. */
    @Override
    public String toString() {
        return "CuentaEntity[numeroSerie=" + numeroSerie + ", usuario=" + usuario + "]";
    }
}
