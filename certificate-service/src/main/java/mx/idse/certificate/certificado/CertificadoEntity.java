package mx.idse.certificate.certificado;

import java.io.ByteArrayInputStream;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import mx.idse.events.payload.TipoCertificado;

/**
 * An issued certificate: its DER and the request data it was built from. Its type is the
 * system's one {@link TipoCertificado}.
 */
@Entity
@Table(name = "certificate")
public class CertificadoEntity extends PanacheEntityBase {

    /** 15 decimal digits, the X.509 serial ({@code new BigInteger(numeroSerie)}). */
    @Id
    public String numeroSerie;
    /** The request it was issued for; unique, so a redelivered RequestConcluded finds it. */
    public String folio;
    @Enumerated(EnumType.STRING)
    public TipoCertificado tipo;
    /** For an additional certificate, the principal's serial; null for a principal. */
    public String principalSerie;
    public String npie;
    public String rfc;
    public String registroPatronal;
    public String nombreTitular;
    public String razonSocial;
    public String curp;
    public String correo;
    public Instant notBefore;
    public Instant notAfter;
    @Enumerated(EnumType.STRING)
    public EstadoCertificado estado;
    /** The cancellation's own date (the event's fechaCancelacion). */
    public Instant cancelledAt;
    /** Name of the IMSS motivo (a MotivoCancelacion) as the cancellation sent it. */
    public String motivo;
    /** When this service recorded the change to CANCELADO; the OCSP pre-signing poll reads it. */
    public Instant estadoCambiadoEn;
    public byte[] der;
    /** Hex SHA-256 of the subject public key info. */
    public String spkiSha256;
    public Instant createdAt;
    @Version
    public long version;

    /** The stored certificate, parsed from its DER. */
    public X509Certificate x509() {
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der));
        } catch (CertificateException e) {
            throw new IllegalStateException("Stored certificate " + numeroSerie + " does not parse", e);
        }
    }

    /** Expiry is derived, never stored: past {@code notAfter} at that instant. */
    public boolean expiredAt(Instant now) {
        return !now.isBefore(notAfter);
    }

    /** Active and inside its validity at that instant: what a credential check accepts. */
    public boolean usableAt(Instant now) {
        return estado == EstadoCertificado.ACTIVO && !now.isBefore(notBefore) && !expiredAt(now);
    }
}
