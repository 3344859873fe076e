package mx.idse.certificate.authentication;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A login challenge not used yet, found by the SHA-256 of its bytes (the content a client signs). */
@Entity
@Table(name = "login_challenge")
public class LoginChallengeEntity extends PanacheEntityBase {

    @Id
    public String challengeSha256;
    public Instant expiresAt;
    public Instant createdAt;
}
