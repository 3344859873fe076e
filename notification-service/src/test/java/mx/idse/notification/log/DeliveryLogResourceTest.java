package mx.idse.notification.log;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import mx.idse.events.testing.EventPayloads;
import mx.idse.events.testing.TestEvents;
import mx.idse.testinfra.Infrastructure;
import mx.idse.testinfra.OperadorTokens;

@QuarkusTest
class DeliveryLogResourceTest {

    @Test
    void anOperatorSeesWhatWasSentToAnAddressAndAboutAFolio() {
        String correo = "Bitacora-" + UUID.randomUUID() + "@example.mx";
        String folio = "F-LOG-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        TestEvents.publish(EventPayloads.requestExpired().folio(folio).correo(correo).build(), folio);
        Infrastructure.smtp().awaitMessagesFor(correo, 1, Duration.ofSeconds(30));

        // The row turns SENT in the transaction right after the server took the mail.
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                given().auth().oauth2(OperadorTokens.operador("ana.lopez"))
                        .queryParam("correo", correo.toLowerCase()).queryParam("folio", folio)
                        .when().get("/api/v1/notificaciones")
                        .then().statusCode(200)
                        .body("$", hasSize(1))
                        .body("[0].folio", equalTo(folio))
                        .body("[0].plantilla", equalTo("request-expired"))
                        .body("[0].estado", equalTo("SENT"))
                        .body("[0].intentos", equalTo(1))
                        .body("[0].messageId", containsString("@")));
    }

    @Test
    void withoutCorreoOrFolioItIsABadRequest() {
        given().auth().oauth2(OperadorTokens.operador("ana.lopez"))
                .when().get("/api/v1/notificaciones")
                .then().statusCode(400).contentType(containsString("problem+json"));
    }

    @Test
    void aNulByteInAFilterIsA400ProblemNotA500() {
        for (String parameter : java.util.List.of("folio", "correo")) {
            given().auth().oauth2(OperadorTokens.operador("ana.lopez")).queryParam(parameter, "F\u0000X")
                    .when().get("/api/v1/notificaciones")
                    .then().statusCode(400).contentType(containsString("problem+json"))
                    .body("code", equalTo("PETICION_INVALIDA"));
        }
    }

    @Test
    void onlyOperatorsMayReadIt() {
        given().queryParam("correo", "x@example.mx").when().get("/api/v1/notificaciones").then().statusCode(401);
        given().auth().oauth2(OperadorTokens.withGroups("someone", "otro"))
                .queryParam("correo", "x@example.mx").when().get("/api/v1/notificaciones").then().statusCode(403);
    }
}
