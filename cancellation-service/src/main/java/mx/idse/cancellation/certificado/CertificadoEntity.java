package mx.idse.cancellation.certificado;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import mx.idse.events.payload.TipoCertificado;

/**
 * This service's read model of an issued certificate, fed by CertificateIssued and marked
 * CANCELADO by this service's own cancellations. Never read from certificate-service's database.
 */
@Entity
@Table(name = "certificado")
public class CertificadoEntity extends PanacheEntityBase {

    @Id
    public String numeroSerie;
    public String folio;
    @Enumerated(EnumType.STRING)
    public TipoCertificado tipo;
    public String npie;
    public String correo;
    /** For an additional certificate, the serial of its principal. */
    public String principalSerial;
    public String principalCorreo;
    public Instant validoDesde;
    public Instant validoHasta;
    @Enumerated(EnumType.STRING)
    public EstadoCertificado estado;
    public Instant canceladoAt;

    public static Optional<CertificadoEntity> find(String numeroSerie) {
        return findByIdOptional(numeroSerie);
    }

    /** The row locked until the transaction ends: concurrent cancellations of one serial take turns. */
    public static Optional<CertificadoEntity> lock(String numeroSerie) {
        return findByIdOptional(numeroSerie, LockModeType.PESSIMISTIC_WRITE);
    }

    /** A principal's ACTIVO additional certificates, locked in serial order (one lock order, no deadlock). */
    public static List<CertificadoEntity> lockActiveAdicionalesOf(String principalSerial) {
        return find("principalSerial = ?1 and estado = ?2 order by numeroSerie", principalSerial, EstadoCertificado.ACTIVO)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    public boolean cancelled() {
        return estado == EstadoCertificado.CANCELADO;
    }

    public boolean principal() {
        return tipo == TipoCertificado.PRINCIPAL;
    }

    public boolean expiredAt(Instant now) {
        return !now.isBefore(validoHasta);
    }

    /** ACTIVO -> CANCELADO; never back. */
    public void cancel(Instant at) {
        estado = EstadoCertificado.CANCELADO;
        canceladoAt = at;
    }
}
