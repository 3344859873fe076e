package mx.idse.cancellation.catalogo;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class CatalogoTest {

    @Test
    void theMotivoCatalogueGivesTheRfc5280Reasons() {
        given().get("/api/v1/catalogos/motivos-cancelacion").then().statusCode(200)
                .body("find { it.codigo == 'PERDIDA_O_ROBO' }.codigoRfc5280", equalTo(1))
                .body("find { it.codigo == 'PERDIDA_O_ROBO' }.razonRfc5280", equalTo("keyCompromise"))
                .body("find { it.codigo == 'OLVIDO_CONTRASENA' }.enLinea", equalTo(false))
                .body("find { it.codigo == 'OLVIDO_CONTRASENA' }.presencial", equalTo(true))
                .body("find { it.codigo == 'PRINCIPAL_CANCELADO' }.presencial", equalTo(false))
                .body("codigo", hasItem("CESE_DE_OPERACIONES"));
    }
}
