package mx.idse.certificate.install;

import java.security.cert.X509Certificate;
import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import mx.idse.certificate.certificado.CertificadoStore;
import mx.idse.certificate.signer.CertificateSigner;
import mx.idse.events.InstallUrl;

/**
 * The IMSS procedure's legacy install link, kept as it was published:
 * {@code /certificacion/instalaRenovacion.idse?SERIAL_NOM=<serial>}. It answers the certificate
 * with its chain as a PKCS#7 certs-only file ({@code .p7b}), which Windows installs with a double
 * click and {@code openssl pkcs7 -inform DER -print_certs} reads; {@code Accept:
 * application/x-pem-file} gets the same as a PEM bundle.
 */
@Path(InstallUrl.PATH)
public class LegacyInstallResource {

    private final CertificadoStore certificates;
    private final CertificateSigner signer;

    LegacyInstallResource(CertificadoStore certificates, CertificateSigner signer) {
        this.certificates = certificates;
        this.signer = signer;
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

    private List<X509Certificate> certificateAndChain(String numeroSerie) {
        return CertificadoFiles.withChain(certificates.require(numeroSerie).x509(), signer.chain());
    }
}
