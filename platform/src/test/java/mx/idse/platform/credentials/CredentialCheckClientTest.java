package mx.idse.platform.credentials;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

import mx.idse.platform.internal.ServiceTokens;
import mx.idse.platform.problem.ApiProblem;
import mx.idse.platform.problem.ProblemCode;

/** certificate-service's answers keep their meaning for the holder; a stand-in server plays it. */
class CredentialCheckClientTest {

    private static final String TOKEN = "token-de-servicio-de-prueba-0123456789";
    private final CredentialCheckClient client = new CredentialCheckClient(URI.create("http://127.0.0.1:1"), Duration.ofSeconds(2),
            TOKEN);

    @Test
    void okAnswerNamesTheHolder() {
        TitularAutenticado holder = client.answer(200,
                "{\"numeroSerie\":\"123456789012345\",\"npie\":\"NP12345678\",\"rfc\":\"CFE370814QI0\",\"tipo\":\"PRINCIPAL\",\"extra\":1}"
                        .getBytes(StandardCharsets.UTF_8), null);
        assertEquals(new TitularAutenticado("123456789012345", "NP12345678", "CFE370814QI0", "PRINCIPAL"), holder);
    }

    @Test
    void refusedCredentialsAre401WhateverTheCause() {
        assertEquals(ProblemCode.CREDENCIALES_INVALIDAS, code(401, "{}", null));
        assertEquals(ProblemCode.CREDENCIALES_INVALIDAS, code(400, "{\"code\":\"DATOS_INVALIDOS\"}", null));
    }

    @Test
    void throttlingKeepsItsCodeAndRetryAfter() {
        ApiProblem locked = assertThrows(ApiProblem.class,
                () -> client.answer(429, "{\"code\":\"DEMASIADOS_INTENTOS\"}".getBytes(StandardCharsets.UTF_8), "120"));
        assertEquals(ProblemCode.DEMASIADOS_INTENTOS, locked.code());
        assertEquals("120", locked.headers().get("Retry-After"));
        assertEquals(ProblemCode.SERVICIO_SATURADO, code(429, "{\"code\":\"SERVICIO_SATURADO\"}", "2"));
    }

    @Test
    void aFailingOrSilentCertificateServiceIs503NotABadPassword() {
        assertEquals(ProblemCode.SERVICIO_NO_DISPONIBLE, code(500, "{}", null));
        ApiProblem unreachable = assertThrows(ApiProblem.class, () -> client.withPfx(new byte[] {1}, "usuario01", "secreto01"));
        assertEquals(ProblemCode.SERVICIO_NO_DISPONIBLE, unreachable.code());
    }

    @Test
    void sendsThePfxAndCredentialsAsMultipartFieldsWithoutFilenames() throws IOException {
        AtomicReference<String> received = new AtomicReference<>();
        AtomicReference<String> token = new AtomicReference<>();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext(CredentialCheckClient.PATH, exchange -> {
            received.set(exchange.getRequestHeaders().getFirst("Content-Type") + "\n"
                    + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.ISO_8859_1));
            token.set(exchange.getRequestHeaders().getFirst(ServiceTokens.HEADER));
            byte[] answer = "{\"numeroSerie\":\"123456789012345\",\"npie\":\"NP12345678\",\"rfc\":\"CFE370814QI0\",\"tipo\":\"ADICIONAL\"}"
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
        try {
            CredentialCheckClient live = new CredentialCheckClient(
                    URI.create("http://127.0.0.1:" + server.getAddress().getPort()), Duration.ofSeconds(5), TOKEN);
            TitularAutenticado holder = live.withPfx(new byte[] {0x30, (byte) 0x82}, "usuario01", "secreto01");
            assertEquals("ADICIONAL", holder.tipo());
            assertEquals(TOKEN, token.get(), "the internal route is called with this service's token");
            String request = received.get();
            assertTrue(request.startsWith("multipart/form-data; boundary="), request);
            for (String field : new String[] {"certificado", "usuario", "contrasena"}) {
                assertTrue(request.contains("name=\"" + field + "\"\r\n"), field);
            }
            assertTrue(request.contains("\r\n\r\nusuario01\r\n"));
        } finally {
            server.stop(0);
        }
    }

    private ProblemCode code(int status, String body, String retryAfter) {
        return assertThrows(ApiProblem.class,
                () -> client.answer(status, body.getBytes(StandardCharsets.UTF_8), retryAfter)).code();
    }
}
