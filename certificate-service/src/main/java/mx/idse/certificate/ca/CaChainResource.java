package mx.idse.certificate.ca;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.security.cert.X509Certificate;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.eclipse.microprofile.openapi.annotations.Operation;

import mx.idse.certificate.signer.CertificateSigner;

/** The CA chain for relying parties and installers: the issuing certificate, then the root, as PEM. */
@Path("/api/v1/ca/certificados")
public class CaChainResource {

    public static final String PEM_FILE = "application/x-pem-file";
    public static final String PEM_CHAIN = "application/pem-certificate-chain";
    /** The chain changes only with a new issuing CA, which means a new deployment. */
    private static final int MAX_AGE_SECONDS = 24 * 60 * 60;

    private final String chainPem;

    CaChainResource(CertificateSigner signer) {
        this.chainPem = toPem(signer);
    }

    @GET
    @Produces({PEM_FILE, PEM_CHAIN})
    @Operation(summary = "Cadena de certificados de la AC (emisora y raíz) en PEM")
    public Response chain() {
        return Response.ok(chainPem).header(HttpHeaders.CACHE_CONTROL, "public, max-age=" + MAX_AGE_SECONDS).build();
    }

    private static String toPem(CertificateSigner signer) {
        StringWriter out = new StringWriter();
        try (JcaPEMWriter pem = new JcaPEMWriter(out)) {
            for (X509Certificate certificate : signer.chain()) {
                pem.writeObject(certificate);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
