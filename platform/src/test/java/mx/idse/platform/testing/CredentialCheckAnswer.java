package mx.idse.platform.testing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import mx.idse.platform.credentials.TitularAutenticado;

/**
 * What {@link FakeCredentialCheck} answers for one credential, as certificate-service would: the
 * holder, the one 401, a 429 with its code and Retry-After, a 503; optionally after a delay.
 */
public record CredentialCheckAnswer(int status, String contentType, byte[] body, Map<String, String> headers,
                                    Duration delay) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** 200 with the holder, as {@code AuthenticationResponse} serialises it. */
    public static CredentialCheckAnswer holder(TitularAutenticado holder) {
        try {
            return new CredentialCheckAnswer(200, "application/json", JSON.writeValueAsBytes(holder), Map.of(), Duration.ZERO);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The 401 every failed check gets, whatever the cause. */
    public static CredentialCheckAnswer rejected() {
        return problem(401, "credenciales-invalidas", "CREDENCIALES_INVALIDAS", Map.of());
    }

    /** 429: the usuario or certificate is locked by certificate-service's throttle. */
    public static CredentialCheckAnswer tooManyAttempts(long retryAfterSeconds) {
        return problem(429, "demasiados-intentos", "DEMASIADOS_INTENTOS",
                Map.of("Retry-After", String.valueOf(retryAfterSeconds)));
    }

    /** 429: certificate-service's crypto gate is full. */
    public static CredentialCheckAnswer saturated() {
        return problem(429, "servicio-saturado", "SERVICIO_SATURADO", Map.of("Retry-After", "2"));
    }

    /** 503: certificate-service is up but cannot check now. */
    public static CredentialCheckAnswer unavailable() {
        return problem(503, "servicio-no-disponible", "SERVICIO_NO_DISPONIBLE", Map.of("Retry-After", "30"));
    }

    /** The same answer, sent only after {@code wait} (e.g. longer than the caller's timeout). */
    public CredentialCheckAnswer after(Duration wait) {
        return new CredentialCheckAnswer(status, contentType, body, headers, wait);
    }

    private static CredentialCheckAnswer problem(int status, String type, String code, Map<String, String> headers) {
        byte[] body = ("{\"type\":\"https://idse.imss.gob.mx/problemas/" + type + "\",\"status\":" + status
                + ",\"code\":\"" + code + "\"}").getBytes(StandardCharsets.UTF_8);
        return new CredentialCheckAnswer(status, "application/problem+json", body, headers, Duration.ZERO);
    }
}
