package mx.idse.request.withdrawal;

import static io.restassured.RestAssured.given;
import static mx.idse.request.support.Solicitudes.personaMoral;
import static mx.idse.request.support.Solicitudes.submitValid;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import mx.idse.events.Topics;
import mx.idse.testinfra.KafkaTopics;

@QuarkusTest
class WithdrawalTest {

    @Test
    void theApplicantWithdrawsAPendingRequestAndTheUsuarioIsFreeAgain() {
        Map<String, Object> body = personaMoral();
        String folio = submitValid(body);

        withdraw(folio, body.get("usuario"), "Secreto2026x").statusCode(200)
                .body("estado", equalTo("RETIRADA"))
                .body("fechaRetiro", notNullValue());

        assertEquals(1, KafkaTopics.awaitRecords(Topics.REQUESTS,
                r -> folio.equals(r.key()) && r.value().contains("idse.request.withdrawn.v1"), 1,
                Duration.ofSeconds(30)).size());
        Map<String, Object> again = personaMoral();
        again.put("usuario", body.get("usuario"));
        submitValid(again);
    }

    @Test
    void wrongCredentialsAre401AndChangeNothing() {
        Map<String, Object> body = personaMoral();
        String folio = submitValid(body);

        withdraw(folio, body.get("usuario"), "OtraClave2026").statusCode(401)
                .contentType("application/problem+json").body("code", equalTo("CREDENCIALES_INVALIDAS"));
        withdraw(folio, "otroUsuario1", "Secreto2026x").statusCode(401);
        given().get("/api/v1/solicitudes/{folio}", folio).then().body("estado", equalTo("PENDIENTE"));
    }

    @Test
    void aRequestIsWithdrawnOnlyOnce() {
        Map<String, Object> body = personaMoral();
        String folio = submitValid(body);
        withdraw(folio, body.get("usuario"), "Secreto2026x").statusCode(200);

        withdraw(folio, body.get("usuario"), "Secreto2026x").statusCode(409)
                .body("code", equalTo("ESTADO_NO_PERMITE_OPERACION"));
    }

    @Test
    void aWithdrawalWithoutCredentialsIs400() {
        String folio = submitValid(personaMoral());

        given().contentType(ContentType.JSON).body(Map.of("usuario", "alguien01"))
                .post("/api/v1/solicitudes/{folio}/retiro", folio).then().statusCode(400);
    }

    private static ValidatableResponse withdraw(String folio, Object usuario, String contrasena) {
        return given().contentType(ContentType.JSON).body(Map.of("usuario", usuario, "contrasena", contrasena))
                .post("/api/v1/solicitudes/{folio}/retiro", folio).then();
    }
}
