package mx.idse.certificate.issuance;

import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;

import mx.idse.certificate.certificado.CertificadoEntity;
import mx.idse.certificate.certificado.EstadoCertificado;
import mx.idse.events.payload.TipoCertificado;
import mx.idse.certificate.config.CertificateServiceConfig;
import mx.idse.certificate.signer.CertificateSigner;
import mx.idse.events.UnreadableEventException;
import mx.idse.events.outbox.Outbox;
import mx.idse.events.payload.CertificateIssuanceFailed;
import mx.idse.events.payload.RequestConcluded;
import mx.idse.events.payload.TipoSolicitud;
import mx.idse.pki.certificates.CertificateProfile;
import mx.idse.pki.certificates.EndEntityCertificateBuilder;
import mx.idse.pki.certificates.SerialNumbers;
import mx.idse.pki.certificates.Validity;
import mx.idse.pki.keys.KeyPolicy;

/**
 * Issues the certificates of concluded requests (docs/request-to-certificate.md), in the steps of
 * boulder's {@code ca.IssueCertificate}, for a whole batch at once: the CPU steps (1 and 4) run
 * in parallel on {@link SigningPool}, the database steps in the caller's single transaction, so
 * a batch commits its certificates, accounts, NPIEs and events together or not at all.
 */
@ApplicationScoped
public class IssuanceService {

    private final CertificateSigner signer;
    private final CsrCheck csrCheck;
    private final EndEntityCertificateBuilder builder;
    private final SerialReservation serials;
    private final IssuanceStore store;
    private final CertificadosEmitidos issued;
    private final Outbox outbox;
    private final SigningPool pool;
    private final IssuanceMetrics metrics;
    private final CertificateServiceConfig config;
    private final Clock clock;

    IssuanceService(CertificateSigner signer, KeyPolicy keyPolicy, IssuanceStore store, CertificadosEmitidos issued,
            Outbox outbox, SigningPool pool, IssuanceMetrics metrics, CertificateServiceConfig config, Clock clock) {
        this.signer = signer;
        this.csrCheck = new CsrCheck(keyPolicy, signer.provider());
        this.builder = new EndEntityCertificateBuilder(signer.issuingCertificate(), new CertificateProfile(
                config.crlUrl(), config.ocspUrl(), config.caIssuersUrl().orElse(null)));
        this.serials = new SerialReservation(new SerialNumbers(), store);
        this.store = store;
        this.issued = issued;
        this.outbox = outbox;
        this.pool = pool;
        this.metrics = metrics;
        this.config = config;
        this.clock = clock;
    }

    /** A request verified in step 1, or the reason it was refused. */
    private record Checked(RequestConcluded request, Titular holder, SubjectPublicKeyInfo key, IssuanceRefused refusal) {
    }

    /** A request with its NPIE and serial, ready to sign. */
    record Ready(RequestConcluded request, Titular holder, SubjectPublicKeyInfo key, String npie, String serial) {
    }

    /**
     * Issues a certificate, or records why not, for each request (first deliveries only; the
     * caller has recorded their event ids). A folio that already has a certificate issues nothing.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void issue(List<RequestConcluded> requests) {
        Instant now = clock.instant();
        // Throws before anything is reserved when the issuing CA no longer covers new certificates.
        Validity validity = validity(now);
        List<RequestConcluded> fresh = withoutIssuedFolios(requests);

        // 1. Verify again with pki, never trusting the producer: CSR, key policy, proof of possession, names.
        List<Ready> ready = new ArrayList<>();
        Map<String, Integer> additionalsInBatch = new HashMap<>();
        for (Checked checked : pool.map(fresh, this::check)) {
            if (checked.refusal() != null) {
                refuse(checked.request(), checked.refusal());
                continue;
            }
            try {
                // 2. NPIE: the patrón's, made with its first principal; an adicional takes its principal's.
                String npie = npie(checked.request(), checked.holder(), now, additionalsInBatch);
                // 3. Serial: reserved under the database's unique key before anything is signed.
                String serial = serials.reserve(checked.request().folio());
                ready.add(new Ready(checked.request(), checked.holder(), checked.key(), npie, serial));
            } catch (IssuanceRefused refusal) {
                refuse(checked.request(), refusal);
            }
        }

        // 4. Build and sign: subject from the request data, validity capped by the CA, one ContentSigner per task.
        List<X509CertificateHolder> certificates = pool.map(ready, item -> builder.build(
                item.holder().subject(item.npie()), item.key(), item.serial(), validity, signer.contentSigner()));

        // 5. Store certificate, account and CertificateIssued (outbox) in this transaction.
        issued.store(ready, certificates, validity);
    }

    private Validity validity(Instant now) {
        return validity(signer.issuingCertificate(), now, config.validity());
    }

    /** {@code length} (calendar years and months in UTC) from now, never past the issuing CA's validity. */
    static Validity validity(X509Certificate issuingCa, Instant now, Period length) {
        Duration duration = Duration.between(now, now.atZone(ZoneOffset.UTC).plus(length).toInstant());
        return Validity.withinIssuingCa(issuingCa, now, duration);
    }

    private List<RequestConcluded> withoutIssuedFolios(List<RequestConcluded> requests) {
        for (RequestConcluded request : requests) {
            if (request.folio() == null || request.tipo() == null) {
                throw new UnreadableEventException("RequestConcluded without folio or tipo");
            }
        }
        Set<String> seen = new HashSet<>(store.issuedFolios(requests.stream().map(RequestConcluded::folio).toList()));
        return requests.stream().filter(request -> seen.add(request.folio())).toList();
    }

    private Checked check(RequestConcluded request) {
        try {
            Titular holder = Titular.of(request);
            requireAccount(request);
            return new Checked(request, holder, csrCheck.publicKey(request.csr()), null);
        } catch (IssuanceRefused refusal) {
            return new Checked(request, null, null, refusal);
        }
    }

    /** Only an Argon2id hash is ever stored as a password (the table refuses anything else too). */
    private static void requireAccount(RequestConcluded request) throws IssuanceRefused {
        if (request.usuario() == null || request.usuario().isBlank() || request.correo() == null
                || request.passwordHash() == null || !request.passwordHash().startsWith("$argon2id$")) {
            throw new IssuanceRefused(MotivoFalla.DATOS_INVALIDOS, "La solicitud no trae una cuenta válida (usuario,"
                    + " correo y contraseña protegida).");
        }
    }

    /**
     * An additional takes its principal's NPIE while the principal is ACTIVO and below the limit
     * of active additionals (counting those issued earlier in this batch). The principal's row is
     * locked, so two replicas cannot both give away its last place.
     */
    private String npie(RequestConcluded request, Titular holder, Instant now, Map<String, Integer> additionalsInBatch)
            throws IssuanceRefused {
        if (request.tipo() == TipoSolicitud.PRINCIPAL) {
            return store.npieOf(holder.rfc(), holder.registroPatronal());
        }
        CertificadoEntity principal = store.lockedPrincipal(request.principalSerial()).orElse(null);
        if (principal == null || principal.tipo != TipoCertificado.PRINCIPAL || principal.estado != EstadoCertificado.ACTIVO
                || !principal.notAfter.isAfter(now) || !principal.rfc.equals(holder.rfc())) {
            throw new IssuanceRefused(MotivoFalla.PRINCIPAL_NO_VIGENTE,
                    "El certificado principal no existe, está cancelado o ya no está vigente.");
        }
        int inBatch = additionalsInBatch.getOrDefault(principal.numeroSerie, 0);
        long active = store.activeAdicionales(principal.numeroSerie, now) + inBatch;
        if (active >= config.maxAdditionalsPerPrincipal()) {
            throw new IssuanceRefused(MotivoFalla.LIMITE_ADICIONALES, "El certificado principal " + principal.numeroSerie
                    + " ya tiene " + active + " certificados adicionales activos; el máximo es "
                    + config.maxAdditionalsPerPrincipal() + ".");
        }
        additionalsInBatch.put(principal.numeroSerie, inBatch + 1);
        return principal.npie;
    }

    private void refuse(RequestConcluded request, IssuanceRefused refusal) {
        outbox.record(new CertificateIssuanceFailed(request.folio(), request.tipo(), request.correo(),
                refusal.motivo().name(), refusal.detalle(), request.principalSerial()), request.folio());
        metrics.refused(refusal.motivo());
    }
}
