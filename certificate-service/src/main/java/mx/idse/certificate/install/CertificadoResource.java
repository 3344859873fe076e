package mx.idse.certificate.install;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import mx.idse.certificate.certificado.CertificateEntity;
import mx.idse.certificate.certificado.Certificates;
import mx.idse.certificate.signer.CertificateSigner;
import mx.idse.platform.problem.ApiProblem;
import mx.idse.platform.problem.FieldError;

/**
 * Recovery search by NPIE and a certificate by serial: metadata (JSON), or the certificate itself
 * as DER or PEM by {@code Accept}.
 */
@Path("/api/v1/certificados")
public class CertificadoResource {

    private final Certificates certificates;
    private final String issuer;
    private final Clock clock;

    CertificadoResource(Certificates certificates, CertificateSigner signer, Clock clock) {
        this.certificates = certificates;
        this.issuer = signer.issuingCertificate().getSubjectX500Principal().getName();
        this.clock = clock;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Recuperación: números de serie, tipo, estado y vigencia de los certificados de un NPIE")
    public List<CertificateSummary> search(@QueryParam("npie") String npie) {
        if (npie == null || npie.isBlank()) {
            throw ApiProblem.invalidFields(List.of(new FieldError("npie", "Indique el NPIE a buscar.")));
        }
        Instant now = clock.instant();
        return certificates.byNpie(npie.strip()).stream().map(c -> CertificateSummary.of(c, now)).toList();
    }

    @GET
    @Path("{numeroSerie}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Datos de un certificado por número de serie")
    public CertificateResponse metadata(@PathParam("numeroSerie") String numeroSerie) {
        return CertificateResponse.of(certificates.require(numeroSerie), issuer, clock.instant());
    }

    @GET
    @Path("{numeroSerie}")
    @Produces(CertificateFiles.PKIX_CERT)
    @Operation(summary = "El certificado en DER")
    public byte[] der(@PathParam("numeroSerie") String numeroSerie) {
        return certificates.require(numeroSerie).der;
    }

    @GET
    @Path("{numeroSerie}")
    @Produces(CertificateFiles.PEM_FILE)
    @Operation(summary = "El certificado en PEM")
    public String pem(@PathParam("numeroSerie") String numeroSerie) {
        CertificateEntity certificate = certificates.require(numeroSerie);
        return CertificateFiles.pem(List.of(certificate.x509()));
    }
}
