package mx.idse.request.solicitud;

import static io.restassured.RestAssured.given;
import static mx.idse.request.support.Solicitudes.conclude;
import static mx.idse.request.support.Solicitudes.personaMoral;
import static mx.idse.request.support.Solicitudes.submitValid;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.http.TestHTTPResource;
import java.net.URL;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import mx.idse.testinfra.ManagementPort;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import mx.idse.testinfra.OperadorTokens;

/** The outcome counters move by exactly what happened, as a dashboard would read them. */
@QuarkusTest
class SolicitudMetricsTest {

    @TestHTTPResource(value = "/", management = true)
    URL management;

    @Test
    void countsSubmissionsConclusionsAndRejections() {
        double pendientes = counter("PENDIENTE");
        double concluidas = counter("CONCLUIDA");
        double rechazadas = counter("RECHAZADA");

        String toConclude = submitValid(personaMoral());
        String toReject = submitValid(personaMoral());
        submitValid(personaMoral());
        conclude(toConclude, OperadorTokens.operador("ana.lopez")).statusCode(200);
        given().auth().oauth2(OperadorTokens.operador("ana.lopez")).contentType(ContentType.JSON)
                .body(Map.of("motivo", "DATOS_NO_COINCIDEN", "subdelegacion", OperadorTokens.SUBDELEGACION))
                .post("/api/v1/solicitudes/{folio}/rechazo", toReject).then().statusCode(200);

        assertEquals(pendientes + 3, counter("PENDIENTE"), "three submissions");
        assertEquals(concluidas + 1, counter("CONCLUIDA"), "one conclusion");
        assertEquals(rechazadas + 1, counter("RECHAZADA"), "one rejection");
    }

    /** The value of {@code idse_requests_total{estado="..."}} in the Prometheus scrape. */
    private double counter(String estado) {
        String scrape = ManagementPort.given(management).get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher line = Pattern.compile("(?m)^idse_requests_total\\{[^}]*estado=\"" + estado + "\"[^}]*} (\\S+)$")
                .matcher(scrape);
        if (!line.find()) {
            throw new AssertionError("no idse_requests_total for " + estado);
        }
        return Double.parseDouble(line.group(1));
    }
}
