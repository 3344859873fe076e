package mx.idse.certificate.ocsp;

import java.util.Base64;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;

/**
 * The OCSP responder's HTTP binding (RFC 6960 appendix A): {@code POST /ocsp} with a DER
 * {@code application/ocsp-request} body, and {@code GET /ocsp/{base64 of the DER}}, whose base64
 * may contain {@code /} and may be URL-encoded. Always an {@code application/ocsp-response} with
 * its Content-Length (openssl speaks HTTP/1.0), never problem+json: an OCSP client reads only
 * OCSP. A pre-signed answer is served on the I/O thread; a signature or a database read moves to
 * a worker thread.
 */
@Path("/ocsp")
public class OcspResource {

    static final String OCSP_RESPONSE = "application/ocsp-response";

    private final OcspResponder responder;

    OcspResource(OcspResponder responder) {
        this.responder = responder;
    }

    @POST
    @Operation(summary = "Estado de certificados por OCSP (RFC 6960), solicitud DER application/ocsp-request")
    public Uni<Response> post(byte[] body) {
        return respond(body);
    }

    @GET
    @Path("{request: .+}")
    @Operation(summary = "Estado de certificados por OCSP (RFC 6960), solicitud DER en base64 en la ruta")
    public Uni<Response> get(@PathParam("request") String base64) {
        return respond(decode(base64));
    }

    private Uni<Response> respond(byte[] body) {
        byte[] fromMemory = responder.answerFromMemory(body);
        if (fromMemory != null) {
            return Uni.createFrom().item(ocspResponse(fromMemory));
        }
        return Uni.createFrom().item(() -> ocspResponse(responder.answer(body)))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    private static Response ocspResponse(byte[] der) {
        return Response.ok(der, OCSP_RESPONSE).header(HttpHeaders.CONTENT_LENGTH, der.length).build();
    }

    /** The DER request; empty (answered malformedRequest) when it is not base64. */
    private static byte[] decode(String base64) {
        try {
            return Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            return new byte[0];
        }
    }
}
