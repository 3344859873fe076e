package mx.idse.cancellation.presencial;

import static io.restassured.RestAssured.given;
import static mx.idse.cancellation.support.CancelacionRoutes.ALL_DOCUMENTS;
import static mx.idse.cancellation.support.CancelacionRoutes.inPerson;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import mx.idse.cancellation.certificado.EstadoCertificado;
import mx.idse.cancellation.support.CancelacionRoutes;
import mx.idse.cancellation.support.Titulares;
import mx.idse.cancellation.support.Titulares.Titular;
import mx.idse.events.EventJson;
import mx.idse.events.Topics;
import mx.idse.events.payload.CertificateCancelled;
import mx.idse.testinfra.KafkaTopics;
import mx.idse.testinfra.OperadorTokens;

/** The operator cancels at the Subdelegación, after checking the three documents. */
@QuarkusTest
class CancelacionPresencialTest {

    @Inject
    DataSource dataSource;

    @Test
    void theOperatorCancelsWithTheThreeDocumentsAndIsRecordedWithItsSubdelegacion() {
        Titular holder = Titulares.principal();

        inPerson(OperadorTokens.operador("ana.lopez"), Map.of("numeroSerie", holder.numeroSerie(),
                "motivo", "OLVIDO_CONTRASENA", "documentosVerificados", ALL_DOCUMENTS,
                "subdelegacion", "subdelegación centro"))
                .statusCode(201)
                .body("canal", equalTo("PRESENCIAL"))
                .body("motivo", equalTo("OLVIDO_CONTRASENA"));

        List<ConsumerRecord<String, String>> records = KafkaTopics.awaitRecords(Topics.CANCELLATIONS,
                r -> holder.numeroSerie().equals(r.key()), 1, Duration.ofSeconds(30));
        CertificateCancelled event = EventJson.read(records.get(0).value()).dataAs(CertificateCancelled.class);
        assertEquals("PRESENCIAL", event.origen());
        assertEquals("ana.lopez", event.operador());
        assertEquals(OperadorTokens.SUBDELEGACION, event.subdelegacion(), "the token's, not the body's spelling");
        assertEquals("OLVIDO_CONTRASENA", event.motivo());
    }

    @Test
    void withoutAllThreeDocumentsIs400NamingTheMissingOnes() throws Exception {
        Titular holder = Titulares.principal();

        inPerson(OperadorTokens.operador("ana.lopez"), Map.of("numeroSerie", holder.numeroSerie(),
                "motivo", "PERDIDA_O_ROBO", "documentosVerificados", List.of("IDENTIFICACION_OFICIAL")))
                .statusCode(400)
                .body("code", equalTo("DATOS_INVALIDOS"))
                .body("errores.campo", hasItem("documentosVerificados"))
                .body("errores.mensaje", hasItem(containsString("TARJETA_IDENTIFICACION_PATRONAL, CARTA_TERMINOS_CONDICIONES")))
                .body("errores.mensaje", not(hasItem(containsString("IDENTIFICACION_OFICIAL,"))));
        inPerson(OperadorTokens.operador("ana.lopez"), Map.of("numeroSerie", holder.numeroSerie(), "motivo", "PERDIDA_O_ROBO"))
                .statusCode(400).body("errores.campo", hasItem("documentosVerificados"));

        assertEquals(EstadoCertificado.ACTIVO, CancelacionRoutes.estado(holder.numeroSerie()));
        assertEquals(0, CancelacionRoutes.eventsFor(dataSource, holder.numeroSerie()));
    }

    @Test
    void onlyOperatorsMayCancelInPerson() {
        Titular holder = Titulares.principal();
        Map<String, Object> body = Map.of("numeroSerie", holder.numeroSerie(), "motivo", "PERDIDA_O_ROBO",
                "documentosVerificados", ALL_DOCUMENTS);

        inPerson(OperadorTokens.withGroups("pedro", "consulta"), body).statusCode(403).body("code", equalTo("SIN_PERMISO"));
        given().contentType(ContentType.JSON).body(body).post(CancelacionRoutes.IN_PERSON).then()
                .statusCode(401).body("code", equalTo("NO_AUTENTICADO"));
        inPerson(OperadorTokens.operador("ana.lopez"), Map.of("numeroSerie", holder.numeroSerie(), "motivo", "PERDIDA_O_ROBO",
                "documentosVerificados", ALL_DOCUMENTS, "subdelegacion", "Subdelegación Norte"))
                .statusCode(403).body("code", equalTo("SUBDELEGACION_NO_COINCIDE"));

        assertEquals(EstadoCertificado.ACTIVO, CancelacionRoutes.estado(holder.numeroSerie()));
    }

    @Test
    void cancellingTwiceIs409NamingTheExistingCancellation() {
        Titular holder = Titulares.principal();
        String id = CancelacionRoutes.inPerson(holder.numeroSerie(), "CAMBIO_DE_DATOS").statusCode(201).extract().path("id");

        CancelacionRoutes.inPerson(holder.numeroSerie(), "PERDIDA_O_ROBO").statusCode(409)
                .body("code", equalTo("CERTIFICADO_YA_CANCELADO"))
                .body("detail", containsString(id))
                .header("Location", containsString("/api/v1/cancelaciones/" + id));
        given().get("/api/v1/cancelaciones/" + id).then().statusCode(200).body("motivo", equalTo("CAMBIO_DE_DATOS"));
    }

    @Test
    void twoConcurrentCancellationsOfOneSerialMakeOne() throws Exception {
        Titular holder = Titulares.principal();

        CompletableFuture<Integer> first = CompletableFuture.supplyAsync(
                () -> CancelacionRoutes.inPerson(holder.numeroSerie(), "PERDIDA_O_ROBO").extract().statusCode());
        CompletableFuture<Integer> second = CompletableFuture.supplyAsync(
                () -> CancelacionRoutes.inPerson(holder.numeroSerie(), "CAMBIO_DE_DATOS").extract().statusCode());

        assertEquals(List.of(201, 409), List.of(first.get(), second.get()).stream().sorted().toList());
        assertEquals(1, CancelacionRoutes.eventsFor(dataSource, holder.numeroSerie()));
    }

    @Test
    void unknownSerialIs404AndUnknownCancellationToo() {
        CancelacionRoutes.inPerson("999999999999999", "PERDIDA_O_ROBO").statusCode(404).body("code", equalTo("NO_ENCONTRADO"));
        given().get("/api/v1/cancelaciones/" + java.util.UUID.randomUUID()).then().statusCode(404)
                .body("code", equalTo("NO_ENCONTRADO"));
        given().get("/api/v1/cancelaciones/no-es-un-id").then().statusCode(404);
    }

    @Test
    void badBodiesAre400() {
        Titular holder = Titulares.principal();

        CancelacionRoutes.inPerson(holder.numeroSerie(), "MOTIVO_INVENTADO").statusCode(400).body("errores.campo", hasItem("motivo"));
        CancelacionRoutes.inPerson(holder.numeroSerie(), "PRINCIPAL_CANCELADO").statusCode(400)
                .body("errores.mensaje", hasItem(containsString("solo lo asigna el sistema")));
        CancelacionRoutes.inPerson("12345", "PERDIDA_O_ROBO").statusCode(400).body("errores.campo", hasItem("numeroSerie"));
        given().auth().oauth2(OperadorTokens.operador("ana.lopez")).contentType(ContentType.JSON).body("{\"numeroSerie\": ")
                .post(CancelacionRoutes.IN_PERSON).then().statusCode(400).body("code", equalTo("CUERPO_INVALIDO"));
        given().auth().oauth2(OperadorTokens.operador("ana.lopez")).contentType(ContentType.JSON)
                .body("{\"numeroSerie\": \"" + holder.numeroSerie() + "\", \"motivo\": \"PERDIDA_O_ROBO\", \"documentosVerificados\": 7}")
                .post(CancelacionRoutes.IN_PERSON).then().statusCode(400).body("code", equalTo("CUERPO_INVALIDO"));

        assertEquals(EstadoCertificado.ACTIVO, CancelacionRoutes.estado(holder.numeroSerie()));
    }
}
