package mx.idse.certificate.issuance;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import mx.idse.certificate.certificado.CertificadoEntity;
import mx.idse.certificate.certificado.EstadoCertificado;
import mx.idse.certificate.certificado.NpieEntity;
import mx.idse.identifiers.Npie;

/**
 * The statements issuance needs beyond plain entities: serial reservation and NPIE creation are
 * {@code INSERT ... ON CONFLICT DO NOTHING}, so two replicas racing for the same serial or patrón
 * wait for each other's commit and then see the winner, instead of failing.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class IssuanceStore implements SerialReservation.Store {

    private final EntityManager entityManager;
    private final Clock clock;

    IssuanceStore(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    @Override
    public boolean tryReserve(String serial, String folio) {
        return entityManager.createNativeQuery("INSERT INTO serial_reservation (numero_serie, folio, reserved_at)"
                + " VALUES (?1, ?2, ?3) ON CONFLICT DO NOTHING")
                .setParameter(1, serial)
                .setParameter(2, folio)
                .setParameter(3, clock.instant())
                .executeUpdate() == 1;
    }

    /** The patrón's NPIE, made now from the sequence when this is its first certificate. */
    public String npieOf(String rfc, String registroPatronal) {
        return NpieEntity.<NpieEntity>findByIdOptional(new NpieEntity.Patron(rfc, registroPatronal))
                .map(existing -> existing.npie).orElseGet(() -> {
            long number = ((Number) entityManager.createNativeQuery("SELECT nextval('npie_number')")
                    .getSingleResult()).longValue();
            entityManager.createNativeQuery("INSERT INTO npie (rfc, registro_patronal, npie, created_at)"
                    + " VALUES (?1, ?2, ?3, ?4) ON CONFLICT (rfc, registro_patronal) DO NOTHING")
                    .setParameter(1, rfc)
                    .setParameter(2, registroPatronal)
                    .setParameter(3, Npie.of(number))
                    .setParameter(4, clock.instant())
                    .executeUpdate();
            // Another transaction may have won the race: read whichever row is there now.
            return (String) entityManager.createNativeQuery(
                    "SELECT npie FROM npie WHERE rfc = ?1 AND registro_patronal = ?2")
                    .setParameter(1, rfc)
                    .setParameter(2, registroPatronal)
                    .getSingleResult();
        });
    }

    /** Folios among these that already have a certificate (a RequestConcluded published again). */
    public Set<String> issuedFolios(Collection<String> folios) {
        if (folios.isEmpty()) {
            return Set.of();
        }
        List<CertificadoEntity> issued = CertificadoEntity.list("folio in ?1", folios);
        return issued.stream().map(certificate -> certificate.folio).collect(Collectors.toSet());
    }

    /**
     * An additional's principal, locked until the batch commits, so two replicas cannot both give
     * away its last place; empty when there is no such certificate.
     */
    public Optional<CertificadoEntity> lockedPrincipal(String principalSerial) {
        return principalSerial == null ? Optional.empty()
                : CertificadoEntity.findByIdOptional(principalSerial, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Additional certificates of a principal that are ACTIVO and within validity at that instant. */
    public long activeAdicionales(String principalSerie, Instant now) {
        return CertificadoEntity.count("principalSerie = ?1 and estado = ?2 and notAfter > ?3", principalSerie,
                EstadoCertificado.ACTIVO, now);
    }
}
