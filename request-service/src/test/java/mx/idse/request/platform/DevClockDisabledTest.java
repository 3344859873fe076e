package mx.idse.request.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import mx.idse.platform.time.ClockProducer;
import mx.idse.platform.time.MovableClock;

/**
 * Without {@code idse.dev-clock.enabled=true}, as in production, nobody can move the clock. (A
 * profile of its own costs a Quarkus restart: keep this the only class that needs it.)
 */
@QuarkusTest
@TestProfile(DevClockDisabledTest.DevClockOff.class)
class DevClockDisabledTest {

    /** The test profile sets the flag; this profile takes it away. */
    public static class DevClockOff implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("idse.dev-clock.enabled", "false");
        }
    }

    @Inject
    Clock clock;

    @Inject
    ClockProducer clocks;

    @Test
    void theDevClockEndpointIsNotFound() {
        given().get("/dev/reloj").then().statusCode(404)
                .contentType("application/problem+json").body("code", equalTo("NO_ENCONTRADO"));
        given().contentType(ContentType.JSON).body(Map.of("adelantar", "P20D")).post("/dev/reloj")
                .then().statusCode(404).contentType("application/problem+json").body("code", equalTo("NO_ENCONTRADO"));
        given().delete("/dev/reloj").then().statusCode(404)
                .contentType("application/problem+json").body("code", equalTo("NO_ENCONTRADO"));
    }

    @Test
    void theClockIsTheSystemClock() {
        assertTrue(clocks.movable().isEmpty());
        assertFalse(clock instanceof MovableClock, "the injected clock cannot be moved");
        long drift = Math.abs(clock.millis() - System.currentTimeMillis());
        assertTrue(drift < 60_000, "no offset: the clock reads real time");
    }
}
