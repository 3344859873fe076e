package mx.idse.systemtests;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;

/**
 * Story 4: a request nobody concludes expires after its deadline and the applicant is told so.
 * No waiting ten business days: request-service runs with the dev clock (the local run's
 * test-only setting) and the story moves it past the deadline.
 */
class ExpiryStoryTest {

    @AfterEach
    void backToRealTime() {
        given().delete(Applicant.requestService("/dev/reloj")).then().statusCode(200);
    }

    @Test
    void anUnattendedRequestExpiresAndTheApplicantGetsTheEmail() {
        Applicant patron = new Applicant("venc").submit();
        Mail.awaitSubject(patron.correo, "Recibimos tu solicitud " + patron.folio);

        given().contentType(ContentType.JSON).body("{\"adelantar\":\"P20D\"}")
                .post(Applicant.requestService("/dev/reloj")).then().statusCode(200);

        // The expiry job runs every 10 s in the dev profile.
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                given().get(Applicant.requestService("/api/v1/solicitudes/" + patron.folio))
                        .then().statusCode(200).body("estado", equalTo("VENCIDA")));

        MimeMessage expired = Mail.awaitSubject(patron.correo, "se canceló por vencimiento");
        assertTrue(Mail.text(expired).contains(patron.folio), "the expiry email names the folio");
    }
}
