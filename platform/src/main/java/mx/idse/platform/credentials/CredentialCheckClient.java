package mx.idse.platform.credentials;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import mx.idse.platform.internal.ServiceTokens;
import mx.idse.platform.problem.ApiProblem;
import mx.idse.platform.problem.ProblemCode;

/**
 * Calls certificate-service's internal credential check ({@code POST /api/v1/autenticaciones}) for
 * the services that act for a certificate holder (online cancellation, additional requests). Its
 * answers keep their meaning here: 401 stays {@code CREDENCIALES_INVALIDAS} with the same body for
 * every cause, 429 keeps its code and Retry-After; an unreachable or failing certificate-service is
 * 503 {@code SERVICIO_NO_DISPONIBLE}, never a 401 the holder would blame on the password.
 */
@ApplicationScoped
public class CredentialCheckClient {

    static final String PATH = "/api/v1/autenticaciones";
    private static final Logger LOG = Logger.getLogger(CredentialCheckClient.class);
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final URI endpoint;
    private final Duration timeout;
    private final String serviceToken;
    private final HttpClient http;

    /**
     * @param serviceToken this service's token for internal routes ({@code idse.internal-api.token},
     *                     from a Secret in production; no default: a caller does not start without it)
     */
    CredentialCheckClient(
            @ConfigProperty(name = "idse.certificate-service.url", defaultValue = "http://localhost:8082") URI baseUrl,
            @ConfigProperty(name = "idse.certificate-service.timeout", defaultValue = "10s") Duration timeout,
            @ConfigProperty(name = "idse.internal-api.token") String serviceToken) {
        this.endpoint = baseUrl.resolve(PATH);
        this.timeout = timeout;
        this.serviceToken = serviceToken;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    }

    /** Mode 1: the .pfx with the account's usuario and contraseña. */
    public TitularAutenticado withPfx(byte[] pfx, String usuario, String contrasena) {
        String boundary = "idse-" + UUID.randomUUID();
        // Fields without a filename: certificate-service reads them as plain form values.
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        part(body, boundary, "certificado", "application/octet-stream", pfx == null ? new byte[0] : pfx);
        part(body, boundary, "usuario", "text/plain; charset=UTF-8", utf8(usuario));
        part(body, boundary, "contrasena", "text/plain; charset=UTF-8", utf8(contrasena));
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return send(request("multipart/form-data; boundary=" + boundary, body.toByteArray()));
    }

    /** Mode 2: a signed challenge; the private key never leaves the holder. */
    public TitularAutenticado withSignedChallenge(SignedChallenge challenge) {
        try {
            return send(request("application/json", JSON.writeValueAsBytes(challenge)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the signed challenge", e);
        }
    }

    private HttpRequest request(String contentType, byte[] body) {
        return HttpRequest.newBuilder(endpoint).timeout(timeout)
                .header("Content-Type", contentType)
                .header("Accept", "application/json")
                .header(ServiceTokens.HEADER, serviceToken)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
    }

    private TitularAutenticado send(HttpRequest request) {
        HttpResponse<byte[]> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (HttpTimeoutException | ConnectException e) {
            throw unavailable("unreachable: " + e);
        } catch (IOException e) {
            throw unavailable("I/O error: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable("interrupted");
        }
        return answer(response.statusCode(), response.body(), response.headers().firstValue("Retry-After").orElse(null));
    }

    /** Maps certificate-service's answer to the holder, or to the problem the caller passes on. */
    TitularAutenticado answer(int status, byte[] body, String retryAfter) {
        if (status == 200) {
            try {
                return JSON.readValue(body, TitularAutenticado.class);
            } catch (IOException e) {
                throw unavailable("unreadable 200 answer");
            }
        }
        if (status == 401) {
            throw rejected();
        }
        if (status == 429) {
            String code = problemCode(body);
            ProblemCode problem = ProblemCode.SERVICIO_SATURADO.name().equals(code)
                    ? ProblemCode.SERVICIO_SATURADO : ProblemCode.DEMASIADOS_INTENTOS;
            String detail = problem == ProblemCode.DEMASIADOS_INTENTOS
                    ? "Demasiados intentos fallidos con este certificado; intente de nuevo más tarde."
                    : "El servicio está ocupado; intente de nuevo en unos segundos.";
            return throwRetryAfter(problem, detail, retryAfter);
        }
        if (status >= 400 && status < 500) {
            // A malformed PFX or field is the caller's input: certificate-service already said why.
            throw rejected();
        }
        throw unavailable("status " + status);
    }

    /**
     * The one 401 of a failed credential check, for callers that refuse a holder on their own
     * records too (e.g. a certificate they know is cancelled): the same body as every other cause.
     */
    public static ApiProblem rejected() {
        return new ApiProblem(ProblemCode.CREDENCIALES_INVALIDAS,
                "El certificado, el usuario o la contraseña no son correctos, o el certificado no está vigente.");
    }

    private static TitularAutenticado throwRetryAfter(ProblemCode problem, String detail, String retryAfter) {
        long seconds;
        try {
            seconds = retryAfter == null ? 60 : Long.parseLong(retryAfter.trim());
        } catch (NumberFormatException e) {
            seconds = 60;
        }
        throw ApiProblem.retryAfter(problem, detail, seconds);
    }

    private static String problemCode(byte[] body) {
        try {
            Map<?, ?> problem = JSON.readValue(body, Map.class);
            return problem.get("code") instanceof String code ? code : null;
        } catch (IOException e) {
            return null;
        }
    }

    private ApiProblem unavailable(String why) {
        LOG.warnf("Credential check at %s failed: %s", endpoint, why);
        return ApiProblem.retryAfter(ProblemCode.SERVICIO_NO_DISPONIBLE,
                "No fue posible verificar el certificado en este momento; intente de nuevo en unos minutos.", 30);
    }

    private static void part(ByteArrayOutputStream out, String boundary, String name, String type, byte[] content) {
        out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
                + "\"\r\nContent-Type: " + type + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(content);
        out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] utf8(String value) {
        return value == null ? new byte[0] : value.getBytes(StandardCharsets.UTF_8);
    }
}
