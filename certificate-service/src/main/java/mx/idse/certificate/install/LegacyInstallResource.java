package mx.idse.certificate.install;

import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import mx.idse.certificate.certificado.CertificadoEntity;
import mx.idse.certificate.certificado.CertificadoStore;
import mx.idse.certificate.certificado.EstadoCertificado;
import mx.idse.certificate.signer.CertificateSigner;
import mx.idse.events.InstallUrl;
import mx.idse.platform.problem.ApiProblem;
import mx.idse.platform.problem.ProblemCode;
import mx.idse.platform.time.MexicoCity;

/**
 * The IMSS procedure's legacy install link, kept as it was published:
 * {@code /certificacion/instalaRenovacion.idse?SERIAL_NOM=<serial>}. It answers the certificate
 * with its chain as a PKCS#7 certs-only file ({@code .p7b}), which Windows installs with a double
 * click and {@code openssl pkcs7 -inform DER -print_certs} reads; {@code Accept:
 * application/x-pem-file} gets the same as a PEM bundle. A cancelled or expired certificate is a
 * 410 that says so: the link must not hand out something that will only be refused.
 */
@Path(InstallUrl.PATH)
public class LegacyInstallResource {

    private final CertificadoStore certificates;
    private final CertificateSigner signer;
    private final Clock clock;

    LegacyInstallResource(CertificadoStore certificates, CertificateSigner signer, Clock clock) {
        this.certificates = certificates;
        this.signer = signer;
        this.clock = clock;
    }

    /** PKCS#7 unless the client asks for PEM by name: browsers send {@code *\/*} and must get the .p7b. */
    @GET
    @Produces({CertificadoFiles.PKCS7_CERTIFICATES, CertificadoFiles.PEM_FILE})
    @Operation(summary = "Instalación (liga heredada): certificado y cadena en PKCS#7 (.p7b) o, si se pide, en PEM")
    public Response install(@QueryParam(InstallUrl.SERIAL_PARAMETER) String numeroSerie, @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        List<X509Certificate> bundle = certificateAndChain(numeroSerie);
        if (accept != null && accept.contains(CertificadoFiles.PEM_FILE)) {
            return Response.ok(CertificadoFiles.pem(bundle), CertificadoFiles.PEM_FILE)
                    .header(HttpHeaders.CONTENT_DISPOSITION, CertificadoFiles.attachment(numeroSerie, "pem")).build();
        }
        return Response.ok(CertificadoFiles.pkcs7(bundle), CertificadoFiles.PKCS7_CERTIFICATES)
                .header(HttpHeaders.CONTENT_DISPOSITION, CertificadoFiles.attachment(numeroSerie, "p7b")).build();
    }

    /**
     * The certificate to install, with its chain; 410 for one that is cancelled or past its
     * validity: installing it would only give the holder a certificate every relying party refuses.
     */
    private List<X509Certificate> certificateAndChain(String numeroSerie) {
        CertificadoEntity certificado = certificates.require(numeroSerie);
        if (certificado.estado == EstadoCertificado.CANCELADO) {
            throw new ApiProblem(ProblemCode.CERTIFICADO_NO_VIGENTE, "El certificado " + numeroSerie
                    + " fue cancelado el " + MexicoCity.format(certificado.cancelledAt)
                    + " y ya no debe instalarse. Para operar en IDSE solicite un certificado nuevo.");
        }
        if (certificado.expiredAt(clock.instant())) {
            throw new ApiProblem(ProblemCode.CERTIFICADO_NO_VIGENTE, "El certificado " + numeroSerie
                    + " venció el " + MexicoCity.format(certificado.notAfter) + " y ya no debe instalarse.");
        }
        return CertificadoFiles.withChain(certificado.x509(), signer.chain());
    }
}
