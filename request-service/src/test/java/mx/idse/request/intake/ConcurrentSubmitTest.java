package mx.idse.request.intake;

import static mx.idse.request.support.Solicitudes.personaMoral;
import static mx.idse.request.support.Solicitudes.set;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import mx.idse.pki.testing.Csrs;
import mx.idse.platform.time.ClockProducer;
import mx.idse.request.solicitud.SolicitudEntity;
import mx.idse.request.submission.IdempotencyKeyEntity;
import mx.idse.request.submission.IdempotencyKeyPurge;

/** Submissions that race each other, and the retention of Idempotency-Keys. */
@QuarkusTest
class ConcurrentSubmitTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Inject
    IdempotencyKeyPurge purge;
    @Inject
    ClockProducer clocks;

    @AfterEach
    void backToRealTime() {
        clocks.movable().orElseThrow().reset();
    }

    @Test
    void concurrentRetriesWithOneIdempotencyKeyAllGetTheOneRequest() throws Exception {
        Map<String, Object> body = set(personaMoral(), "csr", Csrs.ecP256());
        String key = UUID.randomUUID().toString();

        List<HttpResponse<String>> answers = concurrently(4, () -> post(body, key));

        assertTrue(answers.stream().allMatch(a -> a.statusCode() == 201), () -> summary(answers));
        assertEquals(1, answers.stream().filter(a -> a.headers().firstValue("Idempotent-Replayed").isEmpty()).count(),
                () -> "exactly one original answer: " + summary(answers));
        assertEquals(3, answers.stream().filter(a -> a.headers().firstValue("Idempotent-Replayed")
                .equals(Optional.of("true"))).count());
        assertEquals(1, answers.stream().map(ConcurrentSubmitTest::folio).distinct().count(), "one folio for all");
        assertEquals(1, rowsFor(body.get("usuario")));
    }

    @Test
    void twoDifferentRequestsRacingForOneUsuarioGetOne201AndOne409() throws Exception {
        Map<String, Object> first = set(personaMoral(), "csr", Csrs.ecP256());
        Map<String, Object> second = set(personaMoral(), "csr", Csrs.ecP256());
        second.put("usuario", first.get("usuario"));
        List<Map<String, Object>> bodies = List.of(first, second);

        List<HttpResponse<String>> answers = concurrently(2, index -> post(bodies.get(index), null));

        List<Integer> statuses = answers.stream().map(HttpResponse::statusCode).sorted().toList();
        assertEquals(List.of(201, 409), statuses, () -> summary(answers));
        HttpResponse<String> refused = answers.stream().filter(a -> a.statusCode() == 409).findFirst().orElseThrow();
        assertEquals("USUARIO_EN_USO", JSON.readTree(refused.body()).path("code").asText());
        assertEquals(1, rowsFor(first.get("usuario")));
    }

    @Test
    void idempotencyKeysAreForgottenAfterTheRetention() throws Exception {
        Map<String, Object> body = set(personaMoral(), "csr", Csrs.ecP256());
        String key = UUID.randomUUID().toString();
        assertEquals(201, post(body, key).statusCode());

        purge.purgeExpired();
        assertTrue(keyIsKept(key), "a fresh key is kept");

        clocks.movable().orElseThrow().advance(Duration.ofHours(24).plusMinutes(1));
        purge.purgeExpired();

        assertTrue(!keyIsKept(key), "the key is deleted after 24 h");
        HttpResponse<String> late = post(body, key);
        assertEquals(409, late.statusCode(), "a retry after the retention is a new request, and the usuario is held");
    }

    private interface Indexed<T> {
        T call(int index) throws Exception;
    }

    private static List<HttpResponse<String>> concurrently(int count, Callable<HttpResponse<String>> call)
            throws Exception {
        return concurrently(count, index -> call.call());
    }

    /** Starts every call at the same moment and waits for all the answers. */
    private static List<HttpResponse<String>> concurrently(int count, Indexed<HttpResponse<String>> call)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<HttpResponse<String>>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int index = i;
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call(index);
                }));
            }
            start.countDown();
            List<HttpResponse<String>> answers = new ArrayList<>();
            for (Future<HttpResponse<String>> future : futures) {
                answers.add(future.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    private static HttpResponse<String> post(Map<String, Object> body, String idempotencyKey) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create(RestAssured.baseURI + ":" + RestAssured.port + "/api/v1/solicitudes"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String folio(HttpResponse<String> answer) {
        try {
            JsonNode json = JSON.readTree(answer.body());
            return json.path("folio").asText();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String summary(List<HttpResponse<String>> answers) {
        return answers.stream().map(a -> a.statusCode() + " " + a.headers().firstValue("Idempotent-Replayed").orElse("-")
                + " " + a.body()).toList().toString();
    }

    private static long rowsFor(Object usuario) {
        return QuarkusTransaction.requiringNew().call(() -> SolicitudEntity.count("usuario", usuario));
    }

    private static boolean keyIsKept(String key) {
        return QuarkusTransaction.requiringNew().call(() -> IdempotencyKeyEntity.findByKey(key).isPresent());
    }
}
