package mx.idse.platform.testing;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import mx.idse.platform.internal.ServiceTokens;
import mx.idse.platform.credentials.TitularAutenticado;
import mx.idse.platform.time.MexicoCity;

/**
 * Plays certificate-service's credential check for the services that call it
 * ({@code CredentialCheckClient}): {@code POST /api/v1/autenticaciones} with a multipart .pfx
 * (matched byte for byte) or a JSON signed challenge, each with usuario (any case, as usuarios
 * compare) and contraseña; and {@code POST /api/v1/autenticaciones/retos}. Each credential gets
 * the answer a test programmed ({@link CredentialCheckAnswer}); any other gets the one 401.
 *
 * <p>Started by the tests on the port {@link FakeCredentialCheckResource} gave the service
 * ({@link #running()}): test resources live in another class loader than the tests, and the tests
 * own its state. {@link #stop()} takes it down (connection refused) until {@code running()} again.
 */
public final class FakeCredentialCheck {

    /** One credential check received: {@code modo} is {@code pfx} or {@code reto}. */
    public record Call(String modo, String usuario, String numeroSerie) {
    }

    /**
     * The service token the services' test profile sends ({@code %test.idse.internal-api.token}):
     * like certificate-service, the stand-in refuses a call without it, so the client's header is tested.
     */
    public static final String SERVICE_TOKEN = "idse-test-internal-api-token-0123456789";

    private static final FakeCredentialCheck INSTANCE = new FakeCredentialCheck();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, CredentialCheckAnswer> answers = new ConcurrentHashMap<>();
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private HttpServer server;
    private ExecutorService threads;
    private int port;

    private FakeCredentialCheck() {
    }

    /** The stand-in, listening on the port the test resource chose (started or moved there if needed). */
    public static synchronized FakeCredentialCheck running() {
        int wanted = FakeCredentialCheckResource.port();
        if (INSTANCE.server != null && INSTANCE.port != wanted) {
            stop();
        }
        if (INSTANCE.server == null) {
            INSTANCE.start(wanted);
        }
        return INSTANCE;
    }

    /** Down: connections are refused until {@link #running()}. Programmed answers are kept. */
    public static synchronized void stop() {
        if (INSTANCE.server != null) {
            INSTANCE.server.stop(0);
            INSTANCE.threads.shutdownNow();
            INSTANCE.server = null;
        }
    }

    /** This .pfx with this usuario and contraseña authenticates as {@code holder}. */
    public void acceptPfx(byte[] pfx, String usuario, String contrasena, TitularAutenticado holder) {
        answerPfx(pfx, usuario, contrasena, CredentialCheckAnswer.holder(holder));
    }

    /** This signed challenge with this usuario and contraseña authenticates as {@code holder}. */
    public void acceptChallenge(String numeroSerie, String usuario, String contrasena, String firma,
                                TitularAutenticado holder) {
        answerChallenge(numeroSerie, usuario, contrasena, firma, CredentialCheckAnswer.holder(holder));
    }

    public void answerPfx(byte[] pfx, String usuario, String contrasena, CredentialCheckAnswer answer) {
        answers.put(pfxKey(pfx, usuario, contrasena), answer);
    }

    public void answerChallenge(String numeroSerie, String usuario, String contrasena, String firma,
                                CredentialCheckAnswer answer) {
        answers.put(challengeKey(numeroSerie, usuario, contrasena, firma), answer);
    }

    /** Credential checks received so far (challenges issued are not counted). */
    public int calls() {
        return calls.size();
    }

    /** The credential checks received so far, in order. */
    public List<Call> received() {
        return List.copyOf(calls);
    }

    private void start(int wanted) {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", wanted), 16);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start the credential check stand-in on " + wanted, e);
        }
        port = wanted;
        // Delayed answers must not hold up the others.
        threads = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "fake-credential-check");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(threads);
        server.createContext("/api/v1/autenticaciones/retos", this::challenge);
        server.createContext("/api/v1/autenticaciones", this::authenticate);
        server.start();
    }

    private void authenticate(HttpExchange exchange) throws IOException {
        try (exchange; InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readAllBytes();
            if (!SERVICE_TOKEN.equals(exchange.getRequestHeaders().getFirst(ServiceTokens.HEADER))) {
                send(exchange, 401, "application/problem+json", "{\"status\":401,\"code\":\"NO_AUTENTICADO\"}"
                        .getBytes(StandardCharsets.UTF_8));
                return;
            }
            String contentType = String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type"));
            String key = contentType.startsWith("multipart/form-data") ? multipartKey(contentType, body) : jsonKey(body);
            CredentialCheckAnswer answer = answers.getOrDefault(key, CredentialCheckAnswer.rejected());
            sleep(answer.delay());
            answer.headers().forEach(exchange.getResponseHeaders()::add);
            send(exchange, answer.status(), answer.contentType(), answer.body());
        }
    }

    /** A fresh random challenge valid for 2 minutes, as certificate-service issues them. */
    private void challenge(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!SERVICE_TOKEN.equals(exchange.getRequestHeaders().getFirst(ServiceTokens.HEADER))) {
                send(exchange, 401, "application/problem+json", "{\"status\":401,\"code\":\"NO_AUTENTICADO\"}"
                        .getBytes(StandardCharsets.UTF_8));
                return;
            }
            byte[] reto = new byte[32];
            RANDOM.nextBytes(reto);
            send(exchange, 200, "application/json", JSON.writeValueAsBytes(Map.of("reto",
                    Base64.getEncoder().encodeToString(reto), "expira", MexicoCity.format(Instant.now().plusSeconds(120)))));
        }
    }

    private String multipartKey(String contentType, byte[] body) {
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
        String usuario = text(parts.get("usuario"));
        calls.add(new Call("pfx", usuario, null));
        return pfxKey(parts.get("certificado"), usuario, text(parts.get("contrasena")));
    }

    private String jsonKey(byte[] body) throws IOException {
        Map<?, ?> json = JSON.readValue(body, Map.class);
        String numeroSerie = (String) json.get("numeroSerie");
        String usuario = (String) json.get("usuario");
        calls.add(new Call("reto", usuario, numeroSerie));
        return challengeKey(numeroSerie, usuario, (String) json.get("contrasena"), (String) json.get("firma"));
    }

    private static String pfxKey(byte[] pfx, String usuario, String contrasena) {
        return "pfx|" + sha256(pfx) + "|" + lower(usuario) + "|" + contrasena;
    }

    private static String challengeKey(String numeroSerie, String usuario, String contrasena, String firma) {
        return "reto|" + numeroSerie + "|" + lower(usuario) + "|" + contrasena + "|" + firma;
    }

    private static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", contentType);
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
    }

    private static void sleep(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String lower(String usuario) {
        return String.valueOf(usuario).toLowerCase(Locale.ROOT);
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
