package mx.idse.certificate.crl;

import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Date;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import mx.idse.certificate.config.CrlConfig;

/** The current CRL as HTTP responses, DER or PEM, with its caching headers. */
@ApplicationScoped
public class CrlResponses {

    public static final String PKIX_CRL = "application/pkix-crl";
    public static final String PEM_FILE = "application/x-pem-file";

    private final CurrentCrl current;
    private final CrlRegenerator regenerator;
    private final CrlConfig config;
    private final Clock clock;

    CrlResponses(CurrentCrl current, CrlRegenerator regenerator, CrlConfig config, Clock clock) {
        this.current = current;
        this.regenerator = regenerator;
        this.config = config;
        this.clock = clock;
    }

    Response der() {
        StoredCrl crl = crl();
        return cached(Response.ok(crl.der()).header(HttpHeaders.CONTENT_LENGTH, crl.der().length), crl);
    }

    Response pem() {
        StoredCrl crl = crl();
        String pem = "-----BEGIN X509 CRL-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(crl.der())
                + "\n-----END X509 CRL-----\n";
        return cached(Response.ok(pem), crl);
    }

    private StoredCrl crl() {
        return current.get().orElseGet(regenerator::buildNow);
    }

    /** Cacheable for {@code idse.crl.max-age}, never past nextUpdate; the number is the ETag. */
    private Response cached(Response.ResponseBuilder response, StoredCrl crl) {
        long untilNext = Math.max(0, Duration.between(clock.instant(), crl.nextUpdate()).toSeconds());
        long maxAge = Math.min(untilNext, config.maxAge().toSeconds());
        return response.header(HttpHeaders.CACHE_CONTROL, "public, max-age=" + maxAge)
                .header(HttpHeaders.LAST_MODIFIED, Date.from(crl.thisUpdate()))
                .header(HttpHeaders.EXPIRES, Date.from(crl.nextUpdate()))
                .header(HttpHeaders.ETAG, "\"crl-" + crl.crlNumber() + "\"")
                .build();
    }
}
