package mx.idse.cancellation.cancelacion;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import mx.idse.events.payload.MotivoCancelacion;

/** One cancelled certificate: at most one row per serial (unique), whoever asked for it. */
@Entity
@Table(name = "cancelacion")
public class CancelacionEntity extends PanacheEntityBase {

    @Id
    public UUID id;
    public String numeroSerie;
    /** Name of a {@link MotivoCancelacion}. */
    public String motivo;
    @Enumerated(EnumType.STRING)
    public Canal canal;
    public Instant fecha;
    /** Online: the serial that passed the credential check (the holder, or its principal). */
    public String solicitadaPor;
    /** In person: the operator's JWT subject and the token's Subdelegación. */
    public String operador;
    public String subdelegacion;
    /** For a cascaded cancellation, the principal's cancellation that caused it. */
    public UUID causaId;

    public static Optional<CancelacionEntity> ofSerial(String numeroSerie) {
        return find("numeroSerie", numeroSerie).firstResultOptional();
    }

    /** Serials of the additional certificates cancelled because of this cancellation. */
    public static List<String> cascadedBy(UUID id) {
        return CancelacionEntity.<CancelacionEntity>list("causaId = ?1 order by numeroSerie", id).stream()
                .map(c -> c.numeroSerie).toList();
    }

    public MotivoCancelacion motivo() {
        return MotivoCancelacion.valueOf(motivo);
    }
}
