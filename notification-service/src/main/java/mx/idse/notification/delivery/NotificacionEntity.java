package mx.idse.notification.delivery;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One email to send, and how its delivery went (table {@code notification}). */
@Entity
@Table(name = "notification")
public class NotificacionEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public UUID eventId;
    public String template;
    public String recipient;
    public String folio;
    public String subject;
    @Column(columnDefinition = "text")
    public String htmlBody;
    @Column(columnDefinition = "text")
    public String textBody;
    public String messageId;
    @Enumerated(EnumType.STRING)
    public EstadoNotificacion status;
    public int attempts;
    public String lastError;
    public Instant nextAttemptAt;
    public Instant createdAt;
    public Instant sentAt;
}
