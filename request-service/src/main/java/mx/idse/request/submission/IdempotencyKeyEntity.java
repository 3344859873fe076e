package mx.idse.request.submission;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Remembers which folio an Idempotency-Key created, and a fingerprint of the body (password excluded). */
@Entity
@Table(name = "idempotency_key")
public class IdempotencyKeyEntity extends PanacheEntityBase {

    @Id
    @Column(name = "idempotency_key")
    public String key;
    public String bodyFingerprint;
    public String folio;
    public Instant createdAt;

    public static Optional<IdempotencyKeyEntity> findByKey(String key) {
        return findByIdOptional(key);
    }
}
