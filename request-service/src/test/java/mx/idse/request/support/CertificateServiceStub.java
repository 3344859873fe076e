package mx.idse.request.support;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Stands in for certificate-service's {@code POST /api/v1/autenticaciones}: 200 with the holder
 * for a registered .pfx + usuario + contraseña (multipart) or signed challenge (JSON), else the
 * one 401. Also caps additionals at 2 for the class that uses it, so the limit is reachable.
 */
public class CertificateServiceStub implements QuarkusTestResourceLifecycleManager {

    public static final int MAX_ADDITIONALS = 2;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, Map<String, String>> HOLDERS = new ConcurrentHashMap<>();
    private static final Map<String, byte[]> PFX = new ConcurrentHashMap<>();
    private static final AtomicInteger CALLS = new AtomicInteger();
    private HttpServer server;

    /** The .pfx (or, for the challenge mode, the firma) and credentials that authenticate as this certificate. */
    public static void register(String numeroSerie, String tipo, byte[] pfx, String firma, String usuario,
            String contrasena) {
        HOLDERS.put(numeroSerie, Map.of("numeroSerie", numeroSerie, "npie", "NPIE-stub", "rfc", Solicitudes.RFC_MORAL,
                "tipo", tipo, "usuario", usuario, "contrasena", contrasena, "firma", firma));
        PFX.put(numeroSerie, pfx);
    }

    public static int calls() {
        return CALLS.get();
    }

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/api/v1/autenticaciones", this::authenticate);
        server.start();
        return Map.of("idse.certificate-service.url", "http://127.0.0.1:" + server.getAddress().getPort(),
                "idse.requests.max-additionals-per-principal", String.valueOf(MAX_ADDITIONALS));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private void authenticate(HttpExchange exchange) throws IOException {
        CALLS.incrementAndGet();
        byte[] body = exchange.getRequestBody().readAllBytes();
        String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
        Map<String, String> holder = contentType.startsWith("application/json") ? byChallenge(body) : byPfx(body);
        byte[] answer = holder == null
                ? "{\"status\":401,\"code\":\"CREDENCIALES_INVALIDAS\"}".getBytes(StandardCharsets.UTF_8)
                : JSON.writeValueAsBytes(Map.of("numeroSerie", holder.get("numeroSerie"), "npie", holder.get("npie"),
                        "rfc", holder.get("rfc"), "tipo", holder.get("tipo")));
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(holder == null ? 401 : 200, answer.length);
        exchange.getResponseBody().write(answer);
        exchange.close();
    }

    private static Map<String, String> byChallenge(byte[] body) throws IOException {
        Map<?, ?> json = JSON.readValue(body, Map.class);
        Map<String, String> holder = HOLDERS.get(String.valueOf(json.get("numeroSerie")));
        return holder != null && holder.get("usuario").equals(json.get("usuario"))
                && holder.get("contrasena").equals(json.get("contrasena")) && holder.get("firma").equals(json.get("firma"))
                ? holder : null;
    }

    /** The multipart body carries the .pfx bytes and each field as its own part. */
    private static Map<String, String> byPfx(byte[] body) {
        String text = new String(body, StandardCharsets.ISO_8859_1);
        for (Map<String, String> holder : HOLDERS.values()) {
            String pfx = new String(PFX.get(holder.get("numeroSerie")), StandardCharsets.ISO_8859_1);
            if (text.contains("\r\n\r\n" + pfx + "\r\n") && text.contains("\r\n\r\n" + holder.get("usuario") + "\r\n")
                    && text.contains("\r\n\r\n" + holder.get("contrasena") + "\r\n")) {
                return holder;
            }
        }
        return null;
    }
}
