package mx.idse.cancellation.support;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import mx.idse.platform.credentials.TitularAutenticado;

/**
 * Plays certificate-service's {@code POST /api/v1/autenticaciones} as the real one answers: 200
 * with the holder for a registered .pfx (byte for byte) with its usuario and contraseña, or a
 * registered signed challenge; 401 with one body for anything else. {@link #stop()} takes it down
 * (connection refused) until {@link #running()} brings it back on the same port.
 */
public final class FakeCertificateService {

    private static final FakeCertificateService INSTANCE = new FakeCertificateService();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final byte[] REJECTED = ("{\"type\":\"https://idse.imss.gob.mx/problemas/credenciales-invalidas\","
            + "\"status\":401,\"code\":\"CREDENCIALES_INVALIDAS\"}").getBytes(StandardCharsets.UTF_8);

    private final Map<String, TitularAutenticado> holders = new ConcurrentHashMap<>();
    private final AtomicInteger calls = new AtomicInteger();
    private HttpServer server;

    private FakeCertificateService() {
    }

    /** The stand-in, started on the port the test resource chose. */
    public static synchronized FakeCertificateService running() {
        if (INSTANCE.server == null) {
            INSTANCE.start();
        }
        return INSTANCE;
    }

    /** The holder passes with this .pfx, usuario (any case, as usuarios compare) and contraseña. */
    public void acceptPfx(byte[] pfx, String usuario, String contrasena, TitularAutenticado holder) {
        holders.put(pfxKey(pfx, usuario, contrasena), holder);
    }

    /** The holder passes with this signed challenge. */
    public void acceptChallenge(String numeroSerie, String usuario, String contrasena, String firma, TitularAutenticado holder) {
        holders.put(challengeKey(numeroSerie, usuario, contrasena, firma), holder);
    }

    /** Credential checks answered so far. */
    public int calls() {
        return calls.get();
    }

    /** Down: connections are refused until {@link #running()}. */
    public static synchronized void stop() {
        if (INSTANCE.server != null) {
            INSTANCE.server.stop(0);
            INSTANCE.server = null;
        }
    }

    private void start() {
        int port = Integer.parseInt(System.getProperty(FakeCertificateServiceResource.PORT_PROPERTY));
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 16);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start the certificate-service stand-in on " + port, e);
        }
        server.createContext("/api/v1/autenticaciones", this::authenticate);
        server.start();
    }

    private void authenticate(HttpExchange exchange) throws IOException {
        calls.incrementAndGet();
        try (exchange; InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readAllBytes();
            String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
            TitularAutenticado holder = holders.get(contentType.startsWith("multipart/form-data")
                    ? multipartKey(contentType, body) : jsonKey(body));
            byte[] answer = holder == null ? REJECTED : JSON.writeValueAsBytes(holder);
            exchange.getResponseHeaders().add("Content-Type", holder == null ? "application/problem+json" : "application/json");
            exchange.sendResponseHeaders(holder == null ? 401 : 200, answer.length);
            exchange.getResponseBody().write(answer);
        }
    }

    private static String multipartKey(String contentType, byte[] body) {
        String boundary = "--" + contentType.substring(contentType.indexOf("boundary=") + "boundary=".length());
        Map<String, byte[]> parts = new HashMap<>();
        // ISO-8859-1 maps each byte to one char and back: the binary .pfx survives the split.
        for (String part : new String(body, StandardCharsets.ISO_8859_1).split(boundary)) {
            int headerEnd = part.indexOf("\r\n\r\n");
            int nameAt = part.indexOf("name=\"");
            if (headerEnd < 0 || nameAt < 0 || nameAt > headerEnd) {
                continue;
            }
            String name = part.substring(nameAt + 6, part.indexOf('"', nameAt + 6));
            String content = part.substring(headerEnd + 4, part.length() - 2); // drop the CRLF before the boundary
            parts.put(name, content.getBytes(StandardCharsets.ISO_8859_1));
        }
        return pfxKey(parts.get("certificado"), text(parts.get("usuario")), text(parts.get("contrasena")));
    }

    private static String jsonKey(byte[] body) throws IOException {
        Map<?, ?> json = JSON.readValue(body, Map.class);
        return challengeKey((String) json.get("numeroSerie"), (String) json.get("usuario"), (String) json.get("contrasena"),
                (String) json.get("firma"));
    }

    private static String pfxKey(byte[] pfx, String usuario, String contrasena) {
        return "pfx|" + sha256(pfx) + "|" + String.valueOf(usuario).toLowerCase() + "|" + contrasena;
    }

    private static String challengeKey(String numeroSerie, String usuario, String contrasena, String firma) {
        return "reto|" + numeroSerie + "|" + String.valueOf(usuario).toLowerCase() + "|" + contrasena + "|" + firma;
    }

    private static String text(byte[] bytes) {
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
    }

    private static String sha256(byte[] bytes) {
        try {
            return bytes == null ? "-" : HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
