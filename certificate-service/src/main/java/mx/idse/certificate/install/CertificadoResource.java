package mx.idse.certificate.install;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import mx.idse.certificate.certificado.CertificadoEntity;
import mx.idse.certificate.certificado.CertificadoStore;
import mx.idse.certificate.signer.CertificateSigner;
import mx.idse.platform.problem.ApiProblem;
import mx.idse.platform.problem.FieldError;

/**
 * Recovery search by NPIE and a certificate by serial: metadata (JSON), or the certificate itself
 * as DER or PEM by {@code Accept}.
 */
@Path("/api/v1/certificados")
public class CertificadoResource {

    private final CertificadoStore certificates;
    private final String issuer;
    private final Clock clock;

    CertificadoResource(CertificadoStore certificates, CertificateSigner signer, Clock clock) {
        this.certificates = certificates;
        this.issuer = signer.issuingCertificate().getSubjectX500Principal().getName();
        this.clock = clock;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Recuperación: números de serie, tipo, estado y vigencia de los certificados de un NPIE")
    public List<CertificadoSummary> search(@QueryParam("npie") String npie) {
        if (npie == null || npie.isBlank()) {
            throw ApiProblem.invalidFields(List.of(new FieldError("npie", "Indique el NPIE a buscar.")));
        }
        Instant now = clock.instant();
        return certificates.byNpie(npie.strip()).stream().map(c -> CertificadoSummary.of(c, now)).toList();
    }

    /**
     * JSON unless the client names a certificate format: {@code curl} and browsers send
     * {@code *\/*} and get the metadata.
     */
    @GET
    @Path("{numeroSerie}")
    @Produces({MediaType.APPLICATION_JSON, CertificadoFiles.PKIX_CERT, CertificadoFiles.PEM_FILE})
    @Operation(summary = "Un certificado por número de serie: datos (JSON), o el certificado en DER o PEM según Accept")
    public Response certificate(@PathParam("numeroSerie") String numeroSerie, @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        CertificadoEntity certificate = certificates.require(numeroSerie);
        if (accept != null && accept.contains(CertificadoFiles.PKIX_CERT)) {
            return Response.ok(certificate.der, CertificadoFiles.PKIX_CERT).build();
        }
        if (accept != null && accept.contains(CertificadoFiles.PEM_FILE)) {
            return Response.ok(CertificadoFiles.pem(List.of(certificate.x509())), CertificadoFiles.PEM_FILE).build();
        }
        return Response.ok(CertificadoResponse.of(certificate, issuer, clock.instant()), MediaType.APPLICATION_JSON).build();
    }
}
