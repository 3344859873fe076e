package mx.idse.request.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import java.net.URL;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import mx.idse.request.support.Solicitudes;
import mx.idse.testinfra.ManagementPort;

/** What frontends and operations teams rely on: catalogues, CORS, health, OpenAPI, metrics. */
@QuarkusTest
class PlatformTest {

    @TestHTTPResource(value = "/", management = true)
    URL managementUrl;

    @Test
    void servesTheCataloguesFrontendsNeed() {
        given().get("/api/v1/catalogos/entidades").then().statusCode(200)
                .body("", hasSize(32))
                .body("find { it.clave == '09' }.nombre", equalTo("Ciudad de México"));
        given().get("/api/v1/catalogos/documentos").then().statusCode(200)
                .body("codigo", hasItem("PODER_NOTARIAL"))
                .body("find { it.codigo == 'PODER_NOTARIAL' }.aplicaA", equalTo(java.util.List.of("MORAL")));
        given().get("/api/v1/catalogos/motivos-rechazo").then().statusCode(200)
                .body("codigo", hasItem("DOCUMENTACION_INCOMPLETA"));
        given().get("/api/v1/catalogos/planetas").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void answersCorsPreflightForTheConfiguredOrigin() {
        given().header("Origin", "http://localhost:3000")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type,idempotency-key")
                .options("/api/v1/solicitudes")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", "http://localhost:3000");
    }

    @Test
    void reportsHealthAndMetricsOnTheManagementPortAndPublishesOpenApi() {
        management().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/openapi").then().statusCode(200)
                .body(containsString("/api/v1/solicitudes/{folio}/conclusion"));
        Solicitudes.submitValid(Solicitudes.personaMoral());
        management().get("/q/metrics").then().statusCode(200)
                .body(containsString("idse_requests_total{estado=\"PENDIENTE\""))
                .body(containsString("idse_requests_total{estado=\"VENCIDA\""));
    }

    @Test
    void healthAndMetricsAreNotServedOnThePublicPort() {
        // The API's port is what the Ingress and the NetworkPolicy open to clients; monitoring
        // reaches the management port only.
        for (String path : List.of("/q/health", "/q/health/ready", "/q/metrics")) {
            given().get(path).then().statusCode(404);
        }
    }

    private RequestSpecification management() {
        return ManagementPort.given(managementUrl);
    }

    @Test
    void aUriOverTheLimitIsA414Problem() {
        String longSegment = "a".repeat(5000);

        for (String uri : List.of("/api/v1/solicitudes/" + longSegment, "/api/v1/catalogos/entidades?q=" + longSegment,
                "/no-existe/" + longSegment)) {
            given().urlEncodingEnabled(false).get(uri).then().statusCode(414)
                    .contentType("application/problem+json")
                    .body("code", equalTo("URI_DEMASIADO_LARGA"))
                    .body("type", equalTo("https://idse.imss.gob.mx/problemas/uri-demasiado-larga"))
                    .body("title", equalTo("URI demasiado larga"))
                    .body("status", equalTo(414))
                    .body("detail", containsString("4096"));
        }
        given().urlEncodingEnabled(false).get("/api/v1/catalogos/entidades?q=" + "a".repeat(4000))
                .then().statusCode(200);
    }

    @Test
    void anUnsupportedMethodIsA405Problem() {
        given().delete("/api/v1/solicitudes").then().statusCode(405).contentType("application/problem+json");
    }
}
