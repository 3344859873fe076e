package mx.idse.request.solicitud;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import mx.idse.events.payload.DomicilioFiscal;
import mx.idse.events.payload.Patron;
import mx.idse.events.payload.RepresentanteLegal;
import mx.idse.events.payload.TipoPersona;
import mx.idse.events.payload.TipoSolicitud;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import mx.idse.identifiers.Folio;
import mx.idse.platform.problem.ApiProblem;
import mx.idse.platform.problem.ProblemCode;
import mx.idse.platform.time.MexicoCity;
import mx.idse.request.deadline.Deadline;

/**
 * A solicitud and everything that happened to it. A new one is made here ({@link #principal},
 * {@link #adicional}) and so are its transitions, so their rules (forward-only, who holds the
 * usuario, the deadline) are plain Java. Its types (tipo, tipo de persona) and the shapes of the
 * patrón, representative and address are the event contract's, one per concept across the system.
 */
@Entity
@Table(name = "solicitud")
public class SolicitudEntity extends PanacheEntityBase {

    @Id
    public String folio;
    @Enumerated(EnumType.STRING)
    public TipoSolicitud tipo;
    @Enumerated(EnumType.STRING)
    public EstadoSolicitud estado;

    @Enumerated(EnumType.STRING)
    public TipoPersona tipoPersona;
    public String rfc;
    public String nombre;
    public String registroPatronal;
    /** A persona física's own CURP when no representative applies for it. */
    public String patronCurp;
    /** The certificate's holder when it is not the patrón: the representante legal, or for an ADICIONAL the designated staff member. */
    public String representanteNombre;
    public String representanteCurp;

    public String calle;
    public String numeroExterior;
    public String numeroInterior;
    public String colonia;
    public String codigoPostal;
    public String municipio;
    /** Two-digit INEGI key. */
    public String entidadFederativa;

    public String correo;
    public String usuario;
    /** Argon2id PHC string; the password itself is never stored. */
    public String passwordHash;
    /** PEM PKCS#10, from the applicant or built here around a generated key. */
    @Column(columnDefinition = "text")
    public String csr;
    /** True when the service generated the key pair (and returned the private key once). */
    public boolean keyGenerated;
    /** What the operator must check in person before concluding (e.g. an RFC whose check digit does not match). */
    @JdbcTypeCode(SqlTypes.JSON)
    public List<Advertencia> advertencias = new ArrayList<>();

    public Instant submittedAt;
    public LocalDate fechaLimite;
    public Instant expiresAt;
    public Instant deadlineNoticeAt;
    public Instant deadlineNoticeSentAt;

    public Instant concludedAt;
    public String subdelegacion;
    public String operador;
    public String documentosVerificados;

    public Instant rejectedAt;
    @Enumerated(EnumType.STRING)
    public MotivoRechazo motivoRechazo;

    public Instant expiredAt;
    public Instant withdrawnAt;

    public String numeroSerie;
    public String npie;
    public Instant issuedAt;
    public Instant certificateValidUntil;
    public Instant certificateCancelledAt;
    public String issuanceFailureReason;

    /** For an ADICIONAL request, the serial of the principal certificate it hangs from; null for a principal. */
    public String principalSerie;
    /** For an ADICIONAL request, the principal holder's email (told when the additional is issued). */
    public String principalCorreo;

    /** Whether this request holds its usuario; a partial unique index keeps one holder per usuario. */
    public boolean usuarioHeld;

    @Version
    public long version;

    private static final SecureRandom RANDOM = new SecureRandom();

    /**
     * The account of the certificate to be: its usuario, the Argon2id hash of its contraseña, and
     * the CSR (the holder's, or built here around a generated key).
     */
    public record Cuenta(String usuario, String passwordHash, String csr, boolean keyGenerated) {
    }

    /** A new principal request: PENDIENTE until the operator concludes it in person by its deadline. */
    public static SolicitudEntity principal(Patron patron, RepresentanteLegal representante, DomicilioFiscal domicilio,
            String correo, Cuenta cuenta, List<Advertencia> advertencias, Instant now, Deadline deadline) {
        SolicitudEntity s = nueva(TipoSolicitud.PRINCIPAL, EstadoSolicitud.PENDIENTE, patron, representante, domicilio,
                correo, cuenta, now);
        s.advertencias = new ArrayList<>(advertencias);
        s.fechaLimite = deadline.fechaLimite();
        s.expiresAt = deadline.expiresAt();
        s.deadlineNoticeAt = deadline.noticeAt();
        return s;
    }

    /**
     * A new additional request, CONCLUIDA at once since the principal vouches for it: the patrón,
     * address and NPIE are the principal's; the holder (CN and CURP) and the account the new ones.
     */
    public static SolicitudEntity adicional(SolicitudEntity principal, RepresentanteLegal titular, String correo,
            Cuenta cuenta, Instant now) {
        SolicitudEntity s = nueva(TipoSolicitud.ADICIONAL, EstadoSolicitud.CONCLUIDA, SolicitudEvents.patron(principal),
                titular, SolicitudEvents.domicilioFiscal(principal), correo, cuenta, now);
        // No in-person step: the deadline columns are the submission itself.
        s.fechaLimite = MexicoCity.dateOf(now);
        s.expiresAt = now;
        s.deadlineNoticeAt = now;
        s.deadlineNoticeSentAt = now;
        s.concludedAt = now;
        s.principalSerie = principal.numeroSerie;
        s.principalCorreo = principal.correo;
        s.npie = principal.npie;
        return s;
    }

    /** What every new request has: a fresh folio, its patrón and holder, its account, holding its usuario. */
    private static SolicitudEntity nueva(TipoSolicitud tipo, EstadoSolicitud estado, Patron patron,
            RepresentanteLegal representante, DomicilioFiscal domicilio, String correo, Cuenta cuenta, Instant now) {
        SolicitudEntity s = new SolicitudEntity();
        s.folio = Folio.generate(RANDOM);
        s.tipo = tipo;
        s.estado = estado;
        s.tipoPersona = patron.tipoPersona();
        s.rfc = patron.rfc();
        s.nombre = patron.nombre();
        s.registroPatronal = patron.registroPatronal();
        s.patronCurp = patron.curp();
        if (representante != null) {
            s.representanteNombre = representante.nombre();
            s.representanteCurp = representante.curp();
        }
        s.calle = domicilio.calle();
        s.numeroExterior = domicilio.numeroExterior();
        s.numeroInterior = domicilio.numeroInterior();
        s.colonia = domicilio.colonia();
        s.codigoPostal = domicilio.codigoPostal();
        s.municipio = domicilio.municipio();
        s.entidadFederativa = domicilio.entidadFederativa();
        s.correo = correo;
        s.usuario = cuenta.usuario();
        s.passwordHash = cuenta.passwordHash();
        s.csr = cuenta.csr();
        s.keyGenerated = cuenta.keyGenerated();
        s.submittedAt = now;
        s.usuarioHeld = true;
        return s;
    }

    public static Optional<SolicitudEntity> findByFolio(String folio) {
        return findByIdOptional(folio);
    }

    /**
     * Up to {@code limit} rows matching a SQL {@code condition} on {@code now} (parameter 1), locked
     * for the caller's transaction; rows another replica's job holds are skipped, not waited for.
     */
    @SuppressWarnings("unchecked")
    public static List<SolicitudEntity> claimDue(String condition, Instant now, int limit) {
        return getEntityManager()
                .createNativeQuery("SELECT * FROM solicitud WHERE " + condition + " LIMIT " + limit
                        + " FOR UPDATE SKIP LOCKED", SolicitudEntity.class)
                .setParameter(1, now)
                .getResultList();
    }

    /** True while another request holds this usuario (case-insensitive). */
    public static boolean usuarioIsHeld(String usuario) {
        return count("usuarioHeld = true and lower(usuario) = lower(?1)", usuario) > 0;
    }

    /** An additional request has no in-person step, so no documents. */
    public List<DocumentoRequerido> documentosRequeridos() {
        return tipo == TipoSolicitud.ADICIONAL ? List.of() : DocumentoRequerido.requiredFor(tipoPersona);
    }

    /** True from the end of the deadline day in Mexico City on. */
    public boolean isPastDeadline(Instant now) {
        return !now.isBefore(expiresAt);
    }

    /**
     * The one check before a decision on a pending request (conclusion, rejection, withdrawal):
     * 409 SOLICITUD_VENCIDA once its deadline passed, even before the expiry job reached it, and
     * 409 ESTADO_NO_PERMITE_OPERACION in any state but PENDIENTE.
     *
     * @param operacion what the caller wants to do, in Spanish ("concluir o rechazar", "retirar")
     */
    public void requirePendingWithinDeadline(Instant now, String operacion) {
        if (estado == EstadoSolicitud.PENDIENTE && isPastDeadline(now)) {
            throw new ApiProblem(ProblemCode.SOLICITUD_VENCIDA, "La solicitud venció el " + fechaLimite
                    + "; ya no se puede " + operacion + ": el solicitante debe presentar una nueva.");
        }
        if (estado != EstadoSolicitud.PENDIENTE) {
            throw new ApiProblem(ProblemCode.ESTADO_NO_PERMITE_OPERACION, "La solicitud está " + estado
                    + "; solo se puede " + operacion + " una solicitud PENDIENTE.");
        }
    }

    public void conclude(Instant now, String operador, String subdelegacion, List<DocumentoRequerido> verified) {
        moveTo(EstadoSolicitud.CONCLUIDA);
        this.concludedAt = now;
        this.operador = operador;
        this.subdelegacion = subdelegacion;
        this.documentosVerificados = String.join(",", verified.stream().map(Enum::name).toList());
    }

    public void reject(Instant now, String operador, String subdelegacion, MotivoRechazo motivo) {
        moveTo(EstadoSolicitud.RECHAZADA);
        this.rejectedAt = now;
        this.operador = operador;
        this.subdelegacion = subdelegacion;
        this.motivoRechazo = motivo;
        this.usuarioHeld = false;
    }

    public void expire(Instant now) {
        moveTo(EstadoSolicitud.VENCIDA);
        this.expiredAt = now;
        this.usuarioHeld = false;
    }

    public void withdraw(Instant now) {
        moveTo(EstadoSolicitud.RETIRADA);
        this.withdrawnAt = now;
        this.usuarioHeld = false;
    }

    /**
     * CONCLUIDA -> ATENDIDA. A cancellation handled before this event (they travel on different
     * topics) already freed the usuario; nothing here takes it back.
     */
    public void certificateIssued(String numeroSerie, String npie, Instant issuedAt, Instant validUntil) {
        moveTo(EstadoSolicitud.ATENDIDA);
        this.numeroSerie = numeroSerie;
        this.npie = npie;
        this.issuedAt = issuedAt;
        this.certificateValidUntil = validUntil;
    }

    public void issuanceFailed(String reason) {
        moveTo(EstadoSolicitud.FALLIDA);
        this.issuanceFailureReason = reason;
        this.usuarioHeld = false;
    }

    /**
     * The certificate was cancelled: the usuario is free for a new request. Recorded even while
     * the request is still CONCLUIDA (the issuance event may arrive later, on another topic).
     */
    public void certificateCancelled(String numeroSerie, Instant cancelledAt) {
        if (certificateCancelledAt == null) {
            this.certificateCancelledAt = cancelledAt;
        }
        if (this.numeroSerie == null) {
            this.numeroSerie = numeroSerie;
        }
        this.usuarioHeld = false;
    }

    /** Additional certificates of a principal that count against the limit: waiting for issuance, or issued, not cancelled and valid. */
    public static long activeAdicionales(String principalSerie, Instant now) {
        return count("tipo = ?1 and principalSerie = ?2 and certificateCancelledAt is null"
                + " and (estado = ?3 or (estado = ?4 and certificateValidUntil > ?5))",
                TipoSolicitud.ADICIONAL, principalSerie, EstadoSolicitud.CONCLUIDA, EstadoSolicitud.ATENDIDA, now);
    }

    /** The certificate is past its validity: the usuario is free again. */
    public void certificateExpired() {
        this.usuarioHeld = false;
    }

    private void moveTo(EstadoSolicitud target) {
        if (!estado.canMoveTo(target)) {
            throw new IllegalStateTransition(folio, estado, target);
        }
        estado = target;
    }

    /** A transition the lifecycle does not allow, e.g. concluding an expired request. */
    public static class IllegalStateTransition extends RuntimeException {
        IllegalStateTransition(String folio, EstadoSolicitud from, EstadoSolicitud to) {
            super("Request " + folio + " cannot move from " + from + " to " + to);
        }
    }
}
