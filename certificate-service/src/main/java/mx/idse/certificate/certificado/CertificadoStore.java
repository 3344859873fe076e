package mx.idse.certificate.certificado;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import io.quarkus.narayana.jta.QuarkusTransaction;
import mx.idse.pki.certificates.SerialNumbers;
import mx.idse.platform.problem.ApiProblem;

/**
 * The store of issued certificates and their accounts: every query on the {@code certificate} and
 * {@code account} tables outside issuance goes through here (see the service's package-info).
 * Methods that take no transaction open their own short one; the {@code MANDATORY} ones join the
 * caller's, for a change made in that same transaction.
 */
@ApplicationScoped
public class CertificadoStore {

    /** Longest NPIE looked up; anything longer cannot be one and is not sent to the database. */
    public static final int MAX_NPIE_LENGTH = 40;

    /** The certificate with that serial, or empty for an unknown or malformed serial. */
    public Optional<CertificadoEntity> find(String numeroSerie) {
        if (!SerialNumbers.isValid(numeroSerie)) {
            return Optional.empty();
        }
        return QuarkusTransaction.requiringNew().call(() -> CertificadoEntity.<CertificadoEntity>findByIdOptional(numeroSerie));
    }

    /** The certificate with that serial, else 404 (also for a serial that is not 15 digits). */
    public CertificadoEntity require(String numeroSerie) {
        return find(numeroSerie).orElseThrow(() -> ApiProblem.notFound(
                "No existe un certificado con el número de serie indicado; revise que tenga 15 dígitos."));
    }

    /** Certificates of an NPIE, principal first; empty for an unknown or malformed NPIE. */
    public List<CertificadoEntity> byNpie(String npie) {
        if (npie.isEmpty() || npie.length() > MAX_NPIE_LENGTH) {
            return List.of();
        }
        return QuarkusTransaction.requiringNew().call(() -> CertificadoEntity.<CertificadoEntity>list(
                "npie = ?1 order by tipo desc, createdAt", npie));
    }

    /** The account (usuario and password hash) of a certificate. */
    public Optional<CuentaEntity> cuenta(String numeroSerie) {
        return QuarkusTransaction.requiringNew().call(() -> CuentaEntity.<CuentaEntity>findByIdOptional(numeroSerie));
    }

    /** The certificate in the caller's transaction, to change it there; empty for an unknown or malformed serial. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<CertificadoEntity> inTransaction(String numeroSerie) {
        return SerialNumbers.isValid(numeroSerie) ? CertificadoEntity.findByIdOptional(numeroSerie) : Optional.empty();
    }

    /** The certificate locked until the caller's transaction ends. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<CertificadoEntity> locked(String numeroSerie) {
        return SerialNumbers.isValid(numeroSerie)
                ? CertificadoEntity.findByIdOptional(numeroSerie, LockModeType.PESSIMISTIC_WRITE) : Optional.empty();
    }

    /** Additional certificates of a principal that are ACTIVO and within validity at that instant. */
    @Transactional(Transactional.TxType.MANDATORY)
    public long activeAdicionales(String principalSerie, Instant now) {
        return CertificadoEntity.count("principalSerie = ?1 and estado = ?2 and notAfter > ?3", principalSerie,
                EstadoCertificado.ACTIVO, now);
    }
}
