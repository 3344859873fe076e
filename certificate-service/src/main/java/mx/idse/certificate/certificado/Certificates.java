package mx.idse.certificate.certificado;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.narayana.jta.QuarkusTransaction;
import mx.idse.pki.certificates.SerialNumbers;
import mx.idse.platform.problem.ApiProblem;

/** Reads issued certificates by serial and by NPIE, for installation, recovery and the credential check. */
@ApplicationScoped
public class Certificates {

    /** Longest NPIE looked up; anything longer cannot be one and is not sent to the database. */
    public static final int MAX_NPIE_LENGTH = 40;

    /** The certificate with that serial, or empty for an unknown or malformed serial. */
    public Optional<CertificateEntity> find(String numeroSerie) {
        if (!SerialNumbers.isValid(numeroSerie)) {
            return Optional.empty();
        }
        return QuarkusTransaction.requiringNew().call(() -> CertificateEntity.<CertificateEntity>findByIdOptional(numeroSerie));
    }

    /** The certificate with that serial, else 404 (also for a serial that is not 15 digits). */
    public CertificateEntity require(String numeroSerie) {
        return find(numeroSerie).orElseThrow(() -> ApiProblem.notFound(
                "No existe un certificado con el número de serie indicado; revise que tenga 15 dígitos."));
    }

    /** Certificates of an NPIE, principal first; empty for an unknown or malformed NPIE. */
    public List<CertificateEntity> byNpie(String npie) {
        if (npie.isEmpty() || npie.length() > MAX_NPIE_LENGTH) {
            return List.of();
        }
        return QuarkusTransaction.requiringNew().call(() -> CertificateEntity.listByNpie(npie));
    }
}
