package mx.idse.platform.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Proxy;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.junit.jupiter.api.Test;

import mx.idse.pki.credentials.CryptoGateSaturatedException;
import mx.idse.pki.credentials.TooManyAttemptsException;

/** pki raises its own exceptions (no HTTP there); every service answers them with these problems. */
class ProblemMappersTest {

    private final ProblemMappers mappers = new ProblemMappers();

    @Test
    void aSaturatedCryptoGateIs429ServicioSaturadoWithRetryAfterTwo() {
        Response response = mappers.cryptoGateSaturated(new CryptoGateSaturatedException("credential-checks"),
                uri("/api/v1/autenticaciones"));

        assertEquals(429, response.getStatus());
        assertEquals(ProblemResponse.MEDIA_TYPE, response.getMediaType().toString());
        assertEquals("2", response.getHeaderString("Retry-After"));
        ProblemResponse body = (ProblemResponse) response.getEntity();
        assertEquals("SERVICIO_SATURADO", body.code());
        assertEquals("El servicio está atendiendo muchas solicitudes; intente de nuevo en unos segundos.", body.detail());
        assertEquals("/api/v1/autenticaciones", body.instance());
    }

    @Test
    void aLockedTargetIs429DemasiadosIntentosWithTheSecondsLeft() {
        Response response = mappers.tooManyAttempts(new TooManyAttemptsException(120), uri("/api/v1/solicitudes/F/retiro"));

        assertEquals(429, response.getStatus());
        assertEquals("120", response.getHeaderString("Retry-After"));
        ProblemResponse body = (ProblemResponse) response.getEntity();
        assertEquals("DEMASIADOS_INTENTOS", body.code());
        assertEquals("Demasiados intentos fallidos; intente de nuevo en 120 segundos.", body.detail());
    }

    @Test
    void retryAfterIsAtLeastOneSecond() {
        Response response = mappers.tooManyAttempts(new TooManyAttemptsException(0), uri("/"));

        assertEquals("1", response.getHeaderString("Retry-After"));
    }

    /** Only {@code getPath} is read by the mappers. */
    private static UriInfo uri(String path) {
        return (UriInfo) Proxy.newProxyInstance(UriInfo.class.getClassLoader(), new Class<?>[] { UriInfo.class },
                (proxy, method, args) -> {
                    if (method.getName().equals("getPath") && (args == null || args.length == 0)) {
                        return path;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
