package mx.idse.request.withdrawal;

import static io.restassured.RestAssured.given;
import static mx.idse.request.support.Solicitudes.conclude;
import static mx.idse.request.support.Solicitudes.get;
import static mx.idse.request.support.Solicitudes.personaMoral;
import static mx.idse.request.support.Solicitudes.submitValid;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import mx.idse.platform.time.ClockProducer;
import mx.idse.identifiers.Folio;
import mx.idse.testinfra.OperadorTokens;

/** Failed withdrawals are counted per folio: 5 lock it, with a Retry-After that grows; a success forgets them. */
@QuarkusTest
class WithdrawalThrottleTest {

    private static final String RIGHT = "Secreto2026x";
    private static final String WRONG = "OtraClave2026";

    @Inject
    ClockProducer clocks;
    @Inject
    AgroalDataSource dataSource;
    @Inject
    MeterRegistry registry;

    @AfterEach
    void backToRealTime() {
        clocks.movable().orElseThrow().reset();
    }

    @Test
    void afterFiveWrongPasswordsEvenTheRightOneGets429WithRetryAfterAndTheRequestStaysPending() {
        Map<String, Object> body = personaMoral();
        String folio = submitValid(body);
        double throttledBefore = throttledCount();
        for (int i = 0; i < 5; i++) {
            withdraw(folio, body.get("usuario"), WRONG).statusCode(401).body("code", equalTo("CREDENCIALES_INVALIDAS"));
        }

        long retryAfter = retryAfterOf(withdraw(folio, body.get("usuario"), RIGHT));

        assertTrue(retryAfter > 0 && retryAfter <= 60, "Retry-After " + retryAfter);
        get(folio).statusCode(200).body("estado", equalTo("PENDIENTE"));
        assertEquals(throttledBefore + 1, throttledCount());
    }

    @Test
    void rightCredentialsForgetTheFailures() {
        Map<String, Object> body = personaMoral();
        String folio = submitValid(body);
        conclude(folio, OperadorTokens.operador("ana.lopez")).statusCode(200); // so the right password does not withdraw it
        for (int i = 0; i < 4; i++) {
            withdraw(folio, body.get("usuario"), WRONG).statusCode(401);
        }
        assertEquals(4, storedFailures(folio));

        withdraw(folio, body.get("usuario"), RIGHT).statusCode(409).body("code", equalTo("ESTADO_NO_PERMITE_OPERACION"));

        assertEquals(0, storedFailures(folio), "no row left");
        for (int i = 0; i < 4; i++) {
            withdraw(folio, body.get("usuario"), WRONG).statusCode(401);
        }
    }

    @Test
    void thirtyConcurrentWrongPasswordsGetAtMostFive401sAndTheRest429() throws Exception {
        Map<String, Object> body = personaMoral();
        String folio = submitValid(body);

        List<Integer> statuses = concurrently(30, () -> withdraw(folio, body.get("usuario"), WRONG)
                .extract().statusCode());

        long unauthorized = statuses.stream().filter(s -> s == 401).count();
        assertTrue(unauthorized <= 5, statuses.toString());
        assertEquals(30 - unauthorized, statuses.stream().filter(s -> s == 429).count(), statuses.toString());
        get(folio).statusCode(200).body("estado", equalTo("PENDIENTE"));
    }

    @Test
    void aFailureAfterTheLockoutEndsLocksItAgainForLonger() {
        Map<String, Object> body = personaMoral();
        String folio = submitValid(body);
        for (int i = 0; i < 5; i++) {
            withdraw(folio, body.get("usuario"), WRONG).statusCode(401);
        }
        long firstLockout = retryAfterOf(withdraw(folio, body.get("usuario"), WRONG));

        clocks.movable().orElseThrow().advance(Duration.ofSeconds(firstLockout + 1));
        withdraw(folio, body.get("usuario"), WRONG).statusCode(401);
        long secondLockout = retryAfterOf(withdraw(folio, body.get("usuario"), RIGHT));

        assertTrue(secondLockout > firstLockout, firstLockout + " then " + secondLockout);
        get(folio).statusCode(200).body("estado", equalTo("PENDIENTE"));
    }

    private static long retryAfterOf(ValidatableResponse response) {
        String retryAfter = response.statusCode(429).contentType("application/problem+json")
                .body("code", equalTo("DEMASIADOS_INTENTOS")).extract().header("Retry-After");
        assertFalse(retryAfter == null, "Retry-After header");
        return Long.parseLong(retryAfter);
    }

    static ValidatableResponse withdraw(String folio, Object usuario, String contrasena) {
        return given().contentType(ContentType.JSON).body(Map.of("usuario", usuario, "contrasena", contrasena))
                .post("/api/v1/solicitudes/{folio}/retiro", folio).then();
    }

    /** Runs the call on {@code threads} threads released at once; returns every result. */
    static <T> List<T> concurrently(int threads, java.util.concurrent.Callable<T> call) throws Exception {
        ExecutorService executor = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                futures.add(executor.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            executor.shutdownNow();
        }
    }

    private double throttledCount() {
        Counter counter = registry.find("idse.credentials.throttled").tag("target-kind", "retiro").counter();
        return counter == null ? 0 : counter.count();
    }

    private int storedFailures(String folio) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT failures FROM credential_throttle WHERE target = ?")) {
            select.setString(1, WithdrawalService.THROTTLE_KIND + Folio.normalize(folio).orElseThrow());
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? row.getInt(1) : 0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
